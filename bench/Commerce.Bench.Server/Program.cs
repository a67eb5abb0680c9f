using Commerce.Bench.Workload;
using Commerce.GraphQL.AspNetCore;

// The shared benchmark workload served by the same pipeline the gateway uses: AddGraphQLServer, MapGraphQL.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<WorkloadData>();
builder.Services.AddSingleton<Query>();
builder.Services.AddGraphQLServer().ConfigureSchema(schema => WorkloadSchema.Configure(schema));

var app = builder.Build();
app.MapGraphQL("/graphql");
app.Run();
