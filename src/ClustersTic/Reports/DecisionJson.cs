using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using ClustersTic.Signatures;
using ClustersTic.Text;

namespace ClustersTic.Reports;

/// <summary>Writes decisions as deterministic JSON: fixed member order, invariant formats, <c>\n</c> line
/// ends, text unescaped beyond what JSON requires.</summary>
internal static class DecisionJson
{
    private static readonly DecisionJsonContext Context = new(new JsonSerializerOptions(DecisionJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static string Write(Decision decision, Language? language) =>
        JsonSerializer.Serialize(ToDocument(decision, language), Context.DecisionDocument);

    public static string WriteAll(IEnumerable<Decision> decisions, Language? language) =>
        JsonSerializer.Serialize(decisions.Select(d => ToDocument(d, language)).ToList(), Context.ListDecisionDocument);

    /// <summary>The options of a writer that gives the same bytes as <c>WriteAll</c>.</summary>
    public static JsonWriterOptions WriterOptions => new() { Indented = true, NewLine = "\n", Encoder = Context.Options.Encoder };

    // Bytes buffered before they are flushed to the stream: memory stays flat whatever the number of decisions.
    private const int FlushThreshold = 32 * 1024;

    /// <summary>Writes the array one decision document at a time (the same bytes as <c>WriteAll</c>).</summary>
    public static void WriteEach(IEnumerable<Decision> decisions, Language? language, Utf8JsonWriter writer, Stream? flushTo)
    {
        writer.WriteStartArray();
        foreach (Decision decision in decisions)
        {
            JsonSerializer.Serialize(writer, ToDocument(decision, language), Context.DecisionDocument);
            if (flushTo is not null && writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>The asynchronous twin of <see cref="WriteEach"/>: documents are written to a memory buffer (the
    /// serializer flushes its writer synchronously), which is copied to the stream asynchronously whenever it
    /// holds more than <see cref="FlushThreshold"/> bytes; the stream is never written or flushed synchronously.</summary>
    public static async Task WriteAllAsync(IEnumerable<Decision> decisions, Language? language, Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartArray();
        foreach (Decision decision in decisions)
        {
            JsonSerializer.Serialize(writer, ToDocument(decision, language), Context.DecisionDocument);
            if (buffer.Length > FlushThreshold)
            {
                await CopyAsync(buffer, stream, cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        await CopyAsync(buffer, stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyAsync(MemoryStream buffer, Stream stream, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
#else
        await stream.WriteAsync(buffer.GetBuffer(), 0, (int)buffer.Length, cancellationToken).ConfigureAwait(false);
#endif
        buffer.SetLength(0);
    }

    private static DecisionDocument ToDocument(Decision decision, Language? language)
    {
        var document = new DecisionDocument
        {
            Kind = decision switch
            {
                ClusterAdmissionDecision => "clusterAdmission",
                CompanyEligibilityDecision => "companyEligibility",
                AssessmentResult => "assessment",
                _ => "signature",
            },
            Subject = decision.Subject,
            AsOf = Invariant.Date(decision.AsOf),
            RuleSet = new RuleSetReferenceDocument { Id = decision.RuleSetId, Version = decision.RuleSetVersion, Fingerprint = decision.RuleSetFingerprint },
            Findings = decision.Findings.Select(f => new FindingDocument
            {
                Code = f.Code,
                RuleId = f.RuleId,
                Severity = f.Severity.ToString(),
                Status = f.Status.ToString(),
                Arguments = f.Arguments.ToDictionary(a => a.Name, a => a.Value, System.StringComparer.Ordinal),
                Message = language is Language l ? f.GetMessage(l) : null,
            }).ToList(),
        };

        switch (decision)
        {
            case ClusterAdmissionDecision cluster:
                document.Name = cluster.ClusterName;
                document.Outcome = cluster.Outcome.ToString();
                document.IsMember = cluster.IsMember;
                document.PendingSignature = cluster.PendingSignature;
                break;
            case CompanyEligibilityDecision company:
                document.Name = company.CompanyName;
                document.Outcome = company.Outcome.ToString();
                document.SizeCategory = company.SizeCategory?.ToString();
                document.DecidingNafCode = company.DecidingNafCode?.ToString();
                break;
            case AssessmentResult result:
                document.Assessment = new AssessmentDocument
                {
                    Kind = result.Kind.ToString(),
                    Level = result.Level.ToString(),
                    Score = result.Score,
                    Completion = result.Completion,
                    Categories = result.Categories.Select(c => new CategoryScoreDocument { Id = c.CategoryId, Score = c.Score, MetWeight = c.MetWeight, ApplicableWeight = c.ApplicableWeight }).ToList(),
                    Criteria = result.Criteria.Select(c => new CriterionResultDocument { Id = c.Criterion.Id, Given = c.Given?.ToString(), Counted = c.Counted.ToString() }).ToList(),
                    NextLevel = result.NextLevel is { } gap
                        ? new LevelGapDocument
                        {
                            TargetLevel = gap.TargetLevel.ToString(),
                            MustCriteriaNotMet = gap.MustCriteriaNotMet.ToList(),
                            ScorePointsNeeded = gap.ScorePointsNeeded,
                            WeightNeeded = gap.WeightNeeded,
                            CategoriesBelowMinimum = gap.CategoriesBelowMinimum.Select(c => c.CategoryId).ToList(),
                            AssessmentKindRequired = gap.AssessmentKindRequired,
                        }
                        : null,
                };
                break;
            case SignatureDecision signature:
                document.Signature = new SignatureStatusDocument
                {
                    Status = signature.Status.ToString(),
                    PeriodStart = signature.PeriodStart is { } s ? Invariant.Date(s) : null,
                    ExpiresOn = signature.ExpiresOn is { } e ? Invariant.Date(e) : null,
                    RenewalExpiresOn = signature.RenewalExpiresOn is { } r ? Invariant.Date(r) : null,
                    NextDueDate = signature.NextDueDate is { } d ? Invariant.Date(d) : null,
                    NextDueKind = signature.NextDueKind?.ToString(),
                    LevelCap = signature.LevelCap?.ToString(),
                };
                break;
        }

        return document;
    }
}
