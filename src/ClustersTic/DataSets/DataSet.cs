using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using ClustersTic.Documents;
using ClustersTic.Signatures;

namespace ClustersTic.DataSets;

/// <summary>
/// The records a cluster's tool exports: clusters, companies, assessments and signatures, read from one JSON
/// document (schema <c>schemas/data-set.schema.json</c>, id <c>urn:clusterstic:schema:data-set:1</c>).
/// </summary>
/// <remarks>
/// <para>Loading is as strict as for rule sets: size and depth limits, unknown/duplicate/missing/null members,
/// wrong types, numbers out of range, then semantic checks (dates, enumeration values, unique cluster ids and
/// SIRENs, periods that end after they start, references to known clusters and companies). Every problem is
/// reported in one <see cref="DataSetValidationException"/> with its JSON path and line; nothing is
/// half-loaded. Identifiers and NAF codes are kept as given: an invalid SIREN is a finding of the company's
/// decision, not a load error.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DataSet
{
    /// <summary>Creates a data set from records built in code.</summary>
    /// <param name="clusters">The clusters.</param>
    /// <param name="companies">The companies.</param>
    /// <param name="assessments">The assessments.</param>
    /// <param name="signatures">The signatures.</param>
    /// <exception cref="ArgumentNullException">A list or an item is null.</exception>
    /// <exception cref="ArgumentException">Two clusters have the same id: a company's membership could not say
    /// which one it means (so that evaluating an accepted data set never throws, reading 35).</exception>
    public DataSet(IEnumerable<Cluster> clusters, IEnumerable<Company> companies, IEnumerable<Assessment> assessments, IEnumerable<Signature> signatures)
    {
        Clusters = ReadOnly.Copy(clusters, nameof(clusters));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Cluster cluster in Clusters)
        {
            if (!ids.Add(cluster.Id))
            {
                throw new ArgumentException($"Two clusters have the id '{TextHelpers.Shorten(cluster.Id)}'.", nameof(clusters));
            }
        }

        Companies = ReadOnly.Copy(companies, nameof(companies));
        Assessments = ReadOnly.Copy(assessments, nameof(assessments));
        Signatures = ReadOnly.Copy(signatures, nameof(signatures));
    }

    /// <summary>The clusters.</summary>
    public IReadOnlyList<Cluster> Clusters { get; }

    /// <summary>The companies.</summary>
    public IReadOnlyList<Company> Companies { get; }

    /// <summary>The assessments.</summary>
    public IReadOnlyList<Assessment> Assessments { get; }

    /// <summary>The signatures.</summary>
    public IReadOnlyList<Signature> Signatures { get; }

    /// <summary>Loads a data set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataSetValidationException">The text is not a valid data set; every problem is listed.</exception>
    public static DataSet Parse(string json)
    {
        Preconditions.CheckNotNull(json);
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        return FromUtf8(utf8, utf8.Length);
    }

    /// <summary>Tries to load a data set from JSON text.</summary>
    /// <param name="json">The JSON text, possibly null.</param>
    /// <param name="dataSet">The data set, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the text is a valid data set.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out DataSet? dataSet, out IReadOnlyList<DocumentProblem> problems)
    {
        dataSet = null;
        if (json is null)
        {
            problems = new[] { new DocumentProblem("json.empty", "$", null, null, ProblemCollector.Text("Le document est null.", "The document is null.")) };
            return false;
        }

        try
        {
            dataSet = Parse(json);
            problems = Array.Empty<DocumentProblem>();
            return true;
        }
        catch (DataSetValidationException ex)
        {
            problems = ex.Problems;
            return false;
        }
    }

    /// <summary>Loads a data set from a stream of UTF-8 JSON (at most <see cref="DocumentLimits.MaxBytes"/> + 1
    /// bytes are read).</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DataSetValidationException">The content is not a valid data set; every problem is listed.</exception>
    public static DataSet Load(Stream utf8Json)
    {
        byte[] buffer = DocumentReader.ReadLimited(utf8Json, out int length);
        return FromUtf8(buffer, length);
    }

    /// <summary>Loads a data set from a stream of UTF-8 JSON, reading it asynchronously (an ASP.NET Core request
    /// body, a network stream): the same limits, checks and exception as <see cref="Load(Stream)"/>.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DataSetValidationException">The content is not a valid data set; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<DataSet> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        (byte[] buffer, int length) = await DocumentReader.ReadLimitedAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return FromUtf8(buffer, length);
    }

    /// <summary>Loads a data set from a UTF-8 JSON file, reading it asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataSetValidationException">The content is not a valid data set; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<DataSet> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await LoadAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a data set from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataSetValidationException">The content is not a valid data set; every problem is listed.</exception>
    public static DataSet LoadFile(string path)
    {
        Preconditions.CheckNotNull(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>The data set as indented JSON in the format <see cref="Parse"/> reads: loading it gives equal
    /// records. Values not given are omitted; dates, codes and enumeration values are invariant text.</summary>
    /// <returns>The JSON text (UTF-16 string; <see cref="WriteTo"/> writes UTF-8).</returns>
    /// <exception cref="InvalidOperationException">A cluster has a member that is not one of the data set's
    /// companies (the format names members by SIREN).</exception>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(DataSetWriter.ToDocument(this), DataSetJsonContext.Default.DataSetDocument);

    /// <summary>Writes the data set as indented UTF-8 JSON (see <see cref="ToJson"/>).</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A cluster has a member that is not one of the data set's
    /// companies.</exception>
    public void WriteTo(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        System.Text.Json.JsonSerializer.Serialize(utf8Json, DataSetWriter.ToDocument(this), DataSetJsonContext.Default.DataSetDocument);
    }

    private static DataSet FromUtf8(byte[] utf8, int length) => DocumentReader.Load(
        utf8,
        length,
        DataSetJsonContext.Default.DataSetDocument,
        DataSetBuilder.Build,
        problems => new DataSetValidationException(problems));
}
