global using Commerce.GraphQL.Utilities;
