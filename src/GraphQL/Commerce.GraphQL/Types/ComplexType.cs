namespace Commerce.GraphQL.Types;

/// <summary>An object or interface type: a named set of fields that may implement interfaces (spec 3.6, 3.7).</summary>
public abstract class ComplexType(string name, string? description) : NamedType(name, description)
{
    public FieldCollection<OutputField> Fields { get; } = new();

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public List<InterfaceType> Interfaces { get; } = [];

    public bool Implements(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);
}
