using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.Signatures;
using ClustersTic.Text;

namespace ClustersTic.Reports;

/// <summary>Every decision about a data set on one date: each cluster's admission, each company's
/// eligibility, each assessment's score and level, each signature's status.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConsortiumReport
{
    internal ConsortiumReport(
        IReadOnlyList<ClusterAdmissionDecision> clusters,
        IReadOnlyList<CompanyEligibilityDecision> companies,
        IReadOnlyList<AssessmentResult> assessments,
        IReadOnlyList<SignatureDecision> signatures)
    {
        Clusters = clusters;
        Companies = companies;
        Assessments = assessments;
        Signatures = signatures;
    }

    /// <summary>The admission decision of each cluster, in data set order.</summary>
    public IReadOnlyList<ClusterAdmissionDecision> Clusters { get; }

    /// <summary>The eligibility decision of each company, in data set order.</summary>
    public IReadOnlyList<CompanyEligibilityDecision> Companies { get; }

    /// <summary>The result of each assessment, in data set order.</summary>
    public IReadOnlyList<AssessmentResult> Assessments { get; }

    /// <summary>The status of each signature, in data set order.</summary>
    public IReadOnlyList<SignatureDecision> Signatures { get; }

    /// <summary>All decisions: clusters, then companies, assessments and signatures.</summary>
    public IEnumerable<Decision> All =>
        Clusters.Cast<Decision>().Concat(Companies).Concat(Assessments).Concat(Signatures);

    /// <summary>All decisions as a JSON array of decision documents (deterministic).</summary>
    /// <param name="language">When given, each finding also carries its message in that language.</param>
    /// <returns>Indented JSON with <c>\n</c> line ends.</returns>
    /// <remarks>The whole text is built in memory: for large reports, write to a stream with
    /// <see cref="WriteToAsync"/> or <see cref="WriteTo"/>, which give the same bytes in UTF-8.</remarks>
    public string ToJson(Language? language = null) => Reports.DecisionJson.WriteAll(All, language);

    /// <summary>Writes all decisions to a stream as UTF-8 JSON, one decision document at a time: the same bytes as
    /// <see cref="ToJson"/> in UTF-8, with memory that does not grow with the number of decisions.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="language">When given, each finding also carries its message in that language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json, Language? language = null)
    {
        Internal.Preconditions.CheckNotNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, Reports.DecisionJson.WriterOptions);
        Reports.DecisionJson.WriteEach(All, language, writer, utf8Json);
        writer.Flush();
    }

    /// <summary>Writes all decisions to a JSON writer, one decision document at a time (an array). With a writer
    /// that is indented with <c>\n</c> line ends and does not escape non-ASCII text, the bytes are those of
    /// <see cref="ToJson"/>; the writer is not flushed.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="language">When given, each finding also carries its message in that language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer, Language? language = null)
    {
        Internal.Preconditions.CheckNotNull(writer);
        Reports.DecisionJson.WriteEach(All, language, writer, flushTo: null);
    }

    /// <summary>Writes all decisions to a stream as UTF-8 JSON, asynchronously (an ASP.NET Core response body):
    /// the same bytes as <see cref="ToJson"/>, flushed as they are written, so that memory does not grow with the
    /// number of decisions.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="language">When given, each finding also carries its message in that language.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteToAsync(Stream utf8Json, Language? language = null, CancellationToken cancellationToken = default)
    {
        Internal.Preconditions.CheckNotNull(utf8Json);
        return Reports.DecisionJson.WriteAllAsync(All, language, utf8Json, cancellationToken);
    }
}
