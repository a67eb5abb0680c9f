namespace Commerce.GraphQL;

/// <summary>
/// Makes an object type implement the Relay <c>Node</c> interface: its <see cref="IdMember"/> is exposed as a
/// global <c>id: ID!</c>, and <c>node(id:)</c> finds it again through the resolver given to
/// <see cref="GlobalObjectIdentification.AddNodeResolver{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NodeAttribute : Attribute
{
    public string IdMember { get; set; } = "Id";
}
