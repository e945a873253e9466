using System;

namespace ClustersTic.Decisions;

/// <summary>A named value a finding is about, in invariant text form (dates <c>yyyy-MM-dd</c>, decimals
/// with a dot).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FindingArgument : IEquatable<FindingArgument>
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">The placeholder name used in the messages, such as <c>siren</c>.</param>
    /// <param name="value">The value, in invariant text form.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FindingArgument(string name, string value)
    {
        Name = Internal.Preconditions.CheckNotNull(name);
        Value = Internal.Preconditions.CheckNotNull(value);
    }

    /// <summary>The placeholder name.</summary>
    public string Name { get; }

    /// <summary>The value, in invariant text form.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public bool Equals(FindingArgument? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FindingArgument);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ StringComparer.Ordinal.GetHashCode(Value);

    /// <summary><c>name=value</c>.</summary>
    /// <returns>The argument as text.</returns>
    public override string ToString() => Name + "=" + Value;
}
