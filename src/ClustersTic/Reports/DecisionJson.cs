using System;
using System.Collections.Generic;
using System.IO;
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
using NodaTime;

namespace ClustersTic.Reports;

/// <summary>Writes decisions as deterministic JSON (schema <c>decision.schema.json</c>): fixed member order,
/// invariant formats, <c>\n</c> line ends, text unescaped beyond what JSON requires, members not given left out.
/// One writer for every path — a string, a stream, a caller's <see cref="Utf8JsonWriter"/> — so that they give the
/// same bytes; it writes straight from the decisions, with no intermediate documents.</summary>
internal static class DecisionJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The options of the library's writers.</summary>
    public static JsonWriterOptions WriterOptions => new() { Indented = true, NewLine = "\n", Encoder = Encoder };

    // Bytes buffered before they are copied to the stream: memory stays flat whatever the number of decisions.
    private const int FlushThreshold = 32 * 1024;

    private static readonly JsonEncodedText SchemaName = JsonEncodedText.Encode("$schema");
    private static readonly JsonEncodedText SchemaValue = JsonEncodedText.Encode(Documents.JsonSchemas.DecisionSchemaId);
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText SubjectAsGivenName = JsonEncodedText.Encode("subjectAsGiven");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText AsOfName = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText RuleSetName = JsonEncodedText.Encode("ruleSet");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText FingerprintName = JsonEncodedText.Encode("fingerprint");
    private static readonly JsonEncodedText OutcomeName = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText FindingsName = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText ArgumentsName = JsonEncodedText.Encode("arguments");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText PeriodStartName = JsonEncodedText.Encode("periodStart");
    private static readonly JsonEncodedText ExpiresOnName = JsonEncodedText.Encode("expiresOn");
    private static readonly JsonEncodedText RenewalExpiresOnName = JsonEncodedText.Encode("renewalExpiresOn");
    private static readonly JsonEncodedText NextDueDateName = JsonEncodedText.Encode("nextDueDate");
    private static readonly JsonEncodedText CompanyEligibilityKind = JsonEncodedText.Encode("companyEligibility");
    private static readonly JsonEncodedText ClusterAdmissionKind = JsonEncodedText.Encode("clusterAdmission");
    private static readonly JsonEncodedText AssessmentKind = JsonEncodedText.Encode("assessment");
    private static readonly JsonEncodedText SignatureKind = JsonEncodedText.Encode("signature");

    public static string Write(Decision decision, Language? language) => ToText(writer => WriteDocument(writer, decision, language));

    public static string WriteAll(IEnumerable<Decision> decisions, Language? language) => ToText(writer => WriteEach(decisions, language, writer, flushTo: null));

    /// <summary>Writes the array one decision document at a time, flushing to <paramref name="flushTo"/> (when
    /// given) whenever more than <see cref="FlushThreshold"/> bytes are pending.</summary>
    public static void WriteEach(IEnumerable<Decision> decisions, Language? language, Utf8JsonWriter writer, Stream? flushTo)
    {
        writer.WriteStartArray();
        foreach (Decision decision in decisions)
        {
            WriteDocument(writer, decision, language);
            if (flushTo is not null && writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>The asynchronous twin of <see cref="WriteEach"/>: the writer never touches the stream (its
    /// <c>Flush</c> and <c>Dispose</c> are synchronous); what it buffers is copied to the stream asynchronously.</summary>
    public static async Task WriteAllAsync(IEnumerable<Decision> decisions, Language? language, Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new ByteBuffer(FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartArray();
        foreach (Decision decision in decisions)
        {
            WriteDocument(writer, decision, language);
            if (writer.BytesPending + buffer.WrittenCount > FlushThreshold)
            {
                writer.Flush();
                await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string ToText(Action<Utf8JsonWriter> write)
    {
        var buffer = new ByteBuffer(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.ToUtf16();
    }

    public static void WriteDocument(Utf8JsonWriter w, Decision decision, Language? language)
    {
        w.WriteStartObject();
        w.WriteString(SchemaName, SchemaValue);
        w.WriteString(KindName, decision switch
        {
            ClusterAdmissionDecision => ClusterAdmissionKind,
            CompanyEligibilityDecision => CompanyEligibilityKind,
            AssessmentResult => AssessmentKind,
            _ => SignatureKind,
        });
        w.WriteString(SubjectName, decision.Subject);
        if (!string.Equals(decision.Subject, decision.SubjectAsGiven, StringComparison.Ordinal))
        {
            w.WriteString(SubjectAsGivenName, decision.SubjectAsGiven);
        }
        switch (decision)
        {
            case ClusterAdmissionDecision cluster:
                w.WriteString(NameName, cluster.ClusterName);
                break;
            case CompanyEligibilityDecision company:
                w.WriteString(NameName, company.CompanyName);
                break;
        }

        WriteDate(w, AsOfName, decision.AsOf);
        w.WriteStartObject(RuleSetName);
        w.WriteString(IdName, decision.RuleSetId);
        w.WriteString(VersionName, decision.RuleSetVersion);
        w.WriteString(FingerprintName, decision.RuleSetFingerprint);
        w.WriteEndObject();

        switch (decision)
        {
            case ClusterAdmissionDecision cluster:
                w.WriteString(OutcomeName, EnumText<Outcome>.Of(cluster.Outcome));
                w.WriteBoolean("isMember", cluster.IsMember);
                w.WriteBoolean("pendingSignature", cluster.PendingSignature);
                break;
            case CompanyEligibilityDecision company:
                w.WriteString(OutcomeName, EnumText<Outcome>.Of(company.Outcome));
                if (company.SizeCategory is CompanySizeCategory size)
                {
                    w.WriteString("sizeCategory", EnumText<CompanySizeCategory>.Of(size));
                }

                if (company.DecidingNafCode is Identifiers.NafCode naf)
                {
                    Span<char> text = stackalloc char[16];
                    naf.TryFormat(text, out int length, default, null);
                    w.WriteString("decidingNafCode", text.Slice(0, length));
                }
                break;
            case AssessmentResult result:
                WriteAssessment(w, result);
                break;
            case SignatureDecision signature:
                WriteSignature(w, signature);
                break;
        }

        w.WriteStartArray(FindingsName);
        foreach (Finding f in decision.FindingsWithoutKeeping)
        {
            w.WriteStartObject();
            w.WriteString(CodeName, f.Code);
            w.WriteString(RuleIdName, f.RuleId);
            w.WriteString(SeverityName, EnumText<FindingSeverity>.Of(f.Severity));
            w.WriteString(StatusName, EnumText<FindingStatus>.Of(f.Status));
            w.WriteStartObject(ArgumentsName);
            foreach (FindingArgument argument in f.Arguments)
            {
                w.WriteString(argument.Name, argument.Value);
            }

            w.WriteEndObject();
            if (language is Language l)
            {
                w.WriteString(MessageName, f.GetMessage(l));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter w, AssessmentResult result)
    {
        w.WriteStartObject("assessment");
        w.WriteString("kind", result.Kind.ToString());
        w.WriteString("level", result.Level.ToString());
        OptionalNumber(w, "score", result.Score);
        w.WriteNumber("completion", result.Completion);
        w.WriteStartArray("categories");
        foreach (CategoryScore c in result.Categories)
        {
            w.WriteStartObject();
            w.WriteString("id", c.CategoryId);
            OptionalNumber(w, "score", c.Score);
            w.WriteNumber("metWeight", c.MetWeight);
            w.WriteNumber("applicableWeight", c.ApplicableWeight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("criteria");
        foreach (CriterionResult c in result.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Criterion.Id);
            Optional(w, "given", c.Given?.ToString());
            w.WriteString("counted", c.Counted.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (result.NextLevel is { } gap)
        {
            w.WriteStartObject("nextLevel");
            w.WriteString("targetLevel", gap.TargetLevel.ToString());
            w.WriteStartArray("mustCriteriaNotMet");
            foreach (string id in gap.MustCriteriaNotMet)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            OptionalNumber(w, "scorePointsNeeded", gap.ScorePointsNeeded);
            if (gap.WeightNeeded is int weight)
            {
                w.WriteNumber("weightNeeded", weight);
            }

            w.WriteStartArray("categoriesBelowMinimum");
            foreach (CategoryScore c in gap.CategoriesBelowMinimum)
            {
                w.WriteStringValue(c.CategoryId);
            }

            w.WriteEndArray();
            w.WriteBoolean("assessmentKindRequired", gap.AssessmentKindRequired);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSignature(Utf8JsonWriter w, SignatureDecision signature)
    {
        w.WriteStartObject("signature");
        w.WriteString("status", signature.Status.ToString());
        OptionalDate(w, PeriodStartName, signature.PeriodStart);
        OptionalDate(w, ExpiresOnName, signature.ExpiresOn);
        OptionalDate(w, RenewalExpiresOnName, signature.RenewalExpiresOn);
        OptionalDate(w, NextDueDateName, signature.NextDueDate);
        Optional(w, "nextDueKind", signature.NextDueKind?.ToString());
        Optional(w, "levelCap", signature.LevelCap?.ToString());
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void OptionalNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal number)
        {
            w.WriteNumber(name, number);
        }
    }

    private static void OptionalDate(Utf8JsonWriter w, JsonEncodedText name, LocalDate? value)
    {
        if (value is LocalDate date)
        {
            WriteDate(w, name, date);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, LocalDate date)
    {
        Span<char> text = stackalloc char[10];
        if (Invariant.TryWriteDate(date, text))
        {
            w.WriteString(name, text);
        }
        else
        {
            w.WriteString(name, Invariant.Date(date));
        }
    }

    /// <summary>The invariant names of an enumeration's values, encoded once.</summary>
    private static class EnumText<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Names = Build();

        public static JsonEncodedText Of(TEnum value) => Names.TryGetValue(value, out JsonEncodedText text) ? text : JsonEncodedText.Encode(value.ToString());

        private static Dictionary<TEnum, JsonEncodedText> Build()
        {
            var names = new Dictionary<TEnum, JsonEncodedText>();
            for (int i = 0; i < EnumTable<TEnum>.Values.Length; i++)
            {
                names[EnumTable<TEnum>.Values[i]] = JsonEncodedText.Encode(EnumTable<TEnum>.Names[i]);
            }

            return names;
        }
    }
}
