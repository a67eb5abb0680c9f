# The gateway image: build with the .NET 10 SDK, run on the smaller ASP.NET Core runtime.
#   docker build -t commerce-gateway .        (or: docker compose up --build)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet restore src/Commerce.Gateway/Commerce.Gateway.csproj
RUN dotnet publish src/Commerce.Gateway/Commerce.Gateway.csproj \
      --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The runtime image's unprivileged user; it listens on 8080 (ASPNETCORE_HTTP_PORTS).
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Commerce.Gateway.dll"]
