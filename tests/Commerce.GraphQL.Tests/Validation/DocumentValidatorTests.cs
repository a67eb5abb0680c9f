using Commerce.GraphQL.Language;
using Commerce.GraphQL.Validation;
using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>What every validation error carries, and the error limit, suggestion hiding and work budget.</summary>
public sealed class DocumentValidatorTests
{
    [Fact]
    public void Errors_carry_the_validation_code_and_the_rule_that_fired()
    {
        var errors = Validate("query Q($unused: Int) { dog { nam } }");
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        Assert.Equal(["FieldsOnCorrectTypeRule", "NoUnusedVariablesRule"], errors.Select(e => (string)e.Extensions!["rule"]!).Order());
    }

    [Fact]
    public void Validation_stops_at_the_error_limit_with_graphql_js_message()
    {
        var query = "{ dog { " + string.Join(' ', Enumerable.Range(0, 10).Select(i => "f" + i)) + " } }";
        var errors = Validate(query, new ValidationOptions { MaxErrors = 3 });
        Assert.Equal(4, errors.Count);
        Assert.Equal("Cannot query field \"f2\" on type \"Dog\".", errors[2].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[3].Message);
        Assert.Null(errors[3].Locations);
    }

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var error = Assert.Single(Validate("{ dog { nam } }", new ValidationOptions { HideSuggestions = true }));
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", error.Message);
    }

    [Fact]
    public void Field_merging_past_its_work_budget_aborts()
    {
        var query = "{ dog { " + string.Join(' ', Enumerable.Repeat("x: name", 1000)) + " } }";
        var error = Assert.Single(Validate(query));
        Assert.Equal("Validation aborted.", error.Message);
    }

    [Fact]
    public void Nested_fragment_fan_out_validates_without_expanding_it()
    {
        // 2^30 paths if fragments were expanded; each fragment pair and field set is compared once.
        var fragments = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Dog {{ name mother {{ ...F{i + 1} }} mother {{ ...F{i + 1} name }} }}"));
        var query = "{ dog { ...F0 } } " + fragments + " fragment F30 on Dog { name }";
        Assert.Empty(Validate(query));
    }

    [Fact]
    public void Syntax_trees_too_deep_for_the_stack_end_in_an_error()
    {
        // Built in code, past any parser depth limit: 200,000 nested selections and a 200,000-fragment spread chain.
        SelectionSetNode selections = new([new FieldNode(null, new NameNode("name"), [], [], null)]);
        for (var i = 0; i < 200_000; i++)
        {
            selections = new SelectionSetNode([new FieldNode(null, new NameNode("mother"), [], [], selections)]);
        }

        var deep = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([new FieldNode(null, new NameNode("dog"), [], [], selections)]))]);
        var error = Assert.Single(DocumentValidator.Validate(Schema, deep));
        Assert.Equal("The document is nested too deeply to be validated.", error.Message);
        Assert.Equal(ErrorCodes.QueryTooComplex, error.Code);

        var definitions = new List<DefinitionNode>
        {
            new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([new FieldNode(null, new NameNode("dog"), [], [], Spread(0))])),
        };
        for (var i = 0; i < 200_000; i++)
        {
            definitions.Add(new FragmentDefinitionNode(new NameNode("F" + i), new NamedTypeNode(new NameNode("Dog")), [], Spread(i + 1)));
        }

        definitions.Add(new FragmentDefinitionNode(new NameNode("F200000"), new NamedTypeNode(new NameNode("Dog")), [], new SelectionSetNode([new FieldNode(null, new NameNode("name"), [], [], null)])));
        var chain = DocumentValidator.Validate(Schema, new DocumentNode(definitions), new ValidationOptions { MaxDepth = 5 });
        Assert.Equal("The document is nested too deeply to be validated.", Assert.Single(chain).Message);

        static SelectionSetNode Spread(int i) => new([new FragmentSpreadNode(new NameNode("F" + i), [])]);
    }
}
