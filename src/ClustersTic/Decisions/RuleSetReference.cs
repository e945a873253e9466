using System;
using System.Threading;
using ClustersTic.Internal;

namespace ClustersTic.Decisions;

/// <summary>
/// Which rule set a decision was made with: its id, version and fingerprint. A decision keeps this small
/// reference, not the rule set itself.
/// </summary>
/// <remarks>Immutable and thread-safe. Two references are equal when their ids, versions and fingerprints are
/// equal (ordinal).</remarks>
public sealed class RuleSetReference : IEquatable<RuleSetReference>
{
    private string? _fingerprint;
    private Func<string>? _source;

    /// <summary>Creates a reference.</summary>
    /// <param name="id">The rule set's id, such as <c>v1</c>.</param>
    /// <param name="version">The rule set's version label, such as <c>1.0</c>.</param>
    /// <param name="fingerprint">The SHA-256 of the rule set's canonical JSON, as 64 lower-case hexadecimal
    /// digits.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSetReference(string id, string version, string fingerprint)
    {
        Id = Preconditions.CheckNotNull(id);
        Version = Preconditions.CheckNotNull(version);
        _fingerprint = Preconditions.CheckNotNull(fingerprint);
    }

    /// <summary>A reference whose fingerprint is computed when first read (the rule set's own, lazily
    /// computed fingerprint).</summary>
    internal RuleSetReference(string id, string version, Func<string> fingerprint)
    {
        Id = id;
        Version = version;
        _source = fingerprint;
    }

    /// <summary>The rule set's id, such as <c>v1</c>.</summary>
    public string Id { get; }

    /// <summary>The rule set's version label, such as <c>1.0</c>.</summary>
    public string Version { get; }

    /// <summary>The SHA-256 of the rule set's canonical JSON, as 64 lower-case hexadecimal digits.</summary>
    public string Fingerprint
    {
        get
        {
            string? fingerprint = Volatile.Read(ref _fingerprint);
            if (fingerprint is null)
            {
                // A benign race: every thread computes the same value; the source is then let go.
                fingerprint = Volatile.Read(ref _source)?.Invoke() ?? Volatile.Read(ref _fingerprint)!;
                Volatile.Write(ref _fingerprint, fingerprint);
                Volatile.Write(ref _source, null);
            }

            return fingerprint;
        }
    }

    /// <inheritdoc />
    public bool Equals(RuleSetReference? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSetReference);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Fingerprint);

    /// <summary><c>id (version, fingerprint prefix)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Version}, {Fingerprint.Substring(0, Math.Min(12, Fingerprint.Length))})";
}
