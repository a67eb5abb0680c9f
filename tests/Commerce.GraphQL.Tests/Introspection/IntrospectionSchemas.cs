namespace Commerce.GraphQL.Tests.Introspection;

/// <summary>Schemas that use every part of the type system introspection can describe.</summary>
public static class IntrospectionSchemas
{
    public const string EveryFeature = """"
        "The shop's schema, described."
        schema {
          query: Root
          mutation: Changes
        }

        "Marks a field as costly."
        directive @cost(weight: Int! = 1, "Why it costs." reason: String) repeatable on FIELD_DEFINITION | OBJECT

        directive @audit on DIRECTIVE_DEFINITION | ARGUMENT_DEFINITION

        """
        A thing with an id.

          Indented lines stay as they are.
        """
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          "The display name."
          name: String!
        }

        type Root {
          node(id: ID!): Node
          search(text: String!, limit: Int = 10, kinds: [Kind!] = [PRODUCT], where: Filter = {price: {min: 1.5}}): [Result!]!
          old: String @deprecated
          legacy(flag: Boolean @deprecated(reason: "Ignored now.")): String @deprecated(reason: "Use search.")
          when: DateTime
          money: Decimal
          json: JSON
          link: URL
        }

        type Changes {
          rename(input: RenameInput!): Named
        }

        type Product implements Named & Node {
          id: ID!
          name: String!
          price(currency: String = "EUR"): Float
          tags: [[String]!]
        }

        type Vendor implements Named & Node {
          id: ID!
          name: String!
        }

        union Result = Product | Vendor

        enum Kind {
          PRODUCT
          "Somebody who sells."
          VENDOR
          LEGACY @deprecated(reason: "Gone.")
        }

        input Filter {
          price: PriceRange
          kind: Kind = VENDOR
          note: String = "a \"quoted\" note"
          old: Int @deprecated
        }

        input PriceRange {
          min: Float
          max: Float
        }

        input RenameInput @oneOf {
          byId: ID
          bySlug: String
        }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar Decimal

        scalar JSON

        scalar URL
        """";
}
