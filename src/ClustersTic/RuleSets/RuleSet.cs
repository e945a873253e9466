using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Documents;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using ClustersTic.Signatures;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.RuleSets;

/// <summary>
/// One version of the consortium's rules as data: the parameters of cluster admission and company
/// eligibility, the charter's categories and criteria, the scoring policy and the lifecycle durations.
/// </summary>
/// <remarks>
/// <para>A rule set is loaded from JSON (<see cref="Parse"/>, <see cref="Load"/>, <see cref="LoadFile"/>) and
/// validated strictly: the format is given by the JSON Schema shipped in the package
/// (<c>schemas/rule-set.schema.json</c>), and any problem — malformed JSON, unknown, duplicate, missing or
/// null members, numbers out of range, semantic errors — throws one <see cref="RuleSetValidationException"/>
/// listing every problem with its path. A rule set holds no code: nothing in it is evaluated.</para>
/// <para>The official versions are embedded in the package: see <see cref="RuleSetCatalog.Embedded"/>.</para>
/// <para><see cref="Fingerprint"/> is the SHA-256 of the rule set's canonical JSON: independent of key order,
/// white space and number formatting of the input, changed by any change of a parameter or criterion. Two
/// rule sets are equal when their fingerprints are equal. Lists that are sets (sector prefixes, organisation
/// kinds, size categories, assessment kinds) are sorted in the canonical form; the order of categories and
/// criteria is part of the content (it is the display order).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleSet : IEquatable<RuleSet>
{
    private byte[]? _canonicalJson;

    internal RuleSet(
        string id,
        string version,
        LocalizedText title,
        LocalDate effectiveFrom,
        ClusterAdmissionParameters clusterAdmission,
        CompanyEligibilityParameters companyEligibility,
        CharterDefinition charter,
        ScoringPolicy scoring,
        LifecyclePolicy lifecycle)
    {
        Id = id;
        Version = version;
        Title = title;
        EffectiveFrom = effectiveFrom;
        ClusterAdmission = clusterAdmission;
        CompanyEligibility = companyEligibility;
        Charter = charter;
        Scoring = scoring;
        Lifecycle = lifecycle;
        // The fingerprint is computed when first asked for (a decision's JSON, equality), so that a fresh process
        // does not serialise the embedded rule sets before its first decision.
        Reference = new RuleSetReference(id, version, () => ComputeFingerprint(CanonicalJson));
    }

    /// <summary>The rule set's id, such as <c>v1</c>.</summary>
    public string Id { get; }

    /// <summary>The rule set's version label, such as <c>1.0</c>.</summary>
    public string Version { get; }

    /// <summary>The rule set's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The first day the rule set is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The parameters of the cluster admission rules (CL-1 to CL-4).</summary>
    public ClusterAdmissionParameters ClusterAdmission { get; }

    /// <summary>The parameters of the company eligibility rules (CO-1 to CO-5).</summary>
    public CompanyEligibilityParameters CompanyEligibility { get; }

    /// <summary>The charter: categories and criteria.</summary>
    public CharterDefinition Charter { get; }

    /// <summary>The thresholds of the charter levels.</summary>
    public ScoringPolicy Scoring { get; }

    /// <summary>The durations of the signature lifecycle.</summary>
    public LifecyclePolicy Lifecycle { get; }

    /// <summary>The SHA-256 of the canonical JSON form, as 64 lower-case hexadecimal digits.</summary>
    /// <remarks>Computed from the canonical form the first time it is read (a benign race: every thread computes
    /// the same value).</remarks>
    public string Fingerprint => Reference.Fingerprint;

    /// <summary>The reference the decisions made with this rule set hold: id, version, fingerprint.</summary>
    public RuleSetReference Reference { get; }

    /// <summary>Loads a rule set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RuleSetValidationException">The text is not a valid rule set; every problem is listed.</exception>
    public static RuleSet Parse(string json)
    {
        Preconditions.CheckNotNull(json);
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        return FromUtf8(utf8, utf8.Length);
    }

    /// <summary>Tries to load a rule set from JSON text.</summary>
    /// <param name="json">The JSON text, possibly null.</param>
    /// <param name="ruleSet">The rule set, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the text is a valid rule set.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out RuleSet? ruleSet, out IReadOnlyList<DocumentProblem> problems)
    {
        ruleSet = null;
        if (json is null)
        {
            problems = new[] { new DocumentProblem("json.empty", "$", null, null, ProblemCollector.Text("Le document est null.", "The document is null.")) };
            return false;
        }

        try
        {
            ruleSet = Parse(json);
            problems = Array.Empty<DocumentProblem>();
            return true;
        }
        catch (RuleSetValidationException ex)
        {
            problems = ex.Problems;
            return false;
        }
    }

    /// <summary>Loads a rule set from a stream of UTF-8 JSON (a byte order mark is allowed). At most
    /// <see cref="DocumentLimits.MaxBytes"/> + 1 bytes are read.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RuleSetValidationException">The content is not a valid rule set; every problem is listed.</exception>
    public static RuleSet Load(Stream utf8Json)
    {
        byte[] buffer = DocumentReader.ReadLimited(utf8Json, out int length);
        return FromUtf8(buffer, length);
    }

    /// <summary>Loads a rule set from a stream of UTF-8 JSON, reading it asynchronously (an ASP.NET Core request
    /// body, a network stream): the same limits, checks and exception as <see cref="Load(Stream)"/>.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RuleSetValidationException">The content is not a valid rule set; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<RuleSet> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        (byte[] buffer, int length) = await DocumentReader.ReadLimitedAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return FromUtf8(buffer, length);
    }

    /// <summary>Loads a rule set from a UTF-8 JSON file, reading it asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="RuleSetValidationException">The content is not a valid rule set; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<RuleSet> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await LoadAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a rule set from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (not found, denied).</exception>
    /// <exception cref="RuleSetValidationException">The content is not a valid rule set; every problem is listed.</exception>
    public static RuleSet LoadFile(string path)
    {
        Preconditions.CheckNotNull(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }

    internal static RuleSet FromUtf8(byte[] utf8, int length) => DocumentReader.Load(
        utf8,
        length,
        RuleSetJson.Strict.RuleSetDocument,
        (document, problems) => RuleSetFactory.Build(document, problems),
        problems => new RuleSetValidationException(problems));

    /// <summary>The rule set as indented JSON, in the format <see cref="Parse"/> reads; loading it gives an
    /// equal rule set.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(RuleSetMapper.ToDocument(this, RuleSetMapper.SchemaId), RuleSetJson.Pretty.RuleSetDocument);

    /// <summary>Writes the rule set as indented UTF-8 JSON (<see cref="ToJson"/>).</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, RuleSetMapper.ToDocument(this, RuleSetMapper.SchemaId), RuleSetJson.Pretty.RuleSetDocument);
    }

    /// <summary>A builder holding this rule set's values, to author a changed rule set in code.</summary>
    /// <returns>A new builder.</returns>
    public RuleSetBuilder ToBuilder() => new(this);

    /// <summary>The canonical JSON the fingerprint is computed over (compact, UTF-8).</summary>
    /// <returns>A copy of the canonical bytes.</returns>
    public byte[] GetCanonicalJson() => (byte[])CanonicalJson.Clone();

    /// <summary>The canonical bytes, made on first use (a benign race: every thread makes the same bytes).</summary>
    private byte[] CanonicalJson
    {
        get
        {
            byte[]? bytes = Volatile.Read(ref _canonicalJson);
            if (bytes is null)
            {
                bytes = Canonicalize(RuleSetMapper.ToDocument(this, schema: null));
                Volatile.Write(ref _canonicalJson, bytes);
            }

            return bytes;
        }
    }

    internal static string ComputeFingerprint(byte[] canonicalJson)
    {
#if NET8_0_OR_GREATER
        return ToHex(SHA256.HashData(canonicalJson));
#else
        using SHA256 sha = SHA256.Create();
        return ToHex(sha.ComputeHash(canonicalJson));
#endif
    }

    /// <summary>Rule sets are equal when their canonical forms (and so fingerprints) are equal.</summary>
    /// <param name="other">The other rule set.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RuleSet? other) => other is not null && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Fingerprint);

    /// <summary><c>id (version, from date, fingerprint prefix)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Id} ({Version}, from {EffectiveFrom.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, {Fingerprint.Substring(0, 12)})";

    /// <summary>Compact JSON through the same source-generated metadata as loading (the writer, not the
    /// serializer options, decides the indentation), so that no second context is initialised.</summary>
    private static byte[] Canonicalize(RuleSetDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            JsonSerializer.Serialize(writer, document, RuleSetJson.Strict.RuleSetDocument);
        }

        return buffer.ToArray();
    }

    private static string ToHex(byte[] bytes)
    {
        const string Digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
