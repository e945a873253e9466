using System.Collections.Generic;
using System.Text.Json.Serialization;
using ClustersTic.Documents;

namespace ClustersTic.Reports;

// The JSON shape of a decision (schema: Schemas/decision.schema.json). Members that do not apply to a
// decision's kind are left out.
#pragma warning disable CA1002, CA2227 // Lists with setters are the serialization shape.

internal sealed class DecisionDocument
{
    [JsonPropertyName("$schema")]
    public string Schema { get; set; } = JsonSchemas.DecisionSchemaId;

    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public string? Name { get; set; }

    public required string AsOf { get; set; }

    public required RuleSetReferenceDocument RuleSet { get; set; }

    public string? Outcome { get; set; }

    public bool? IsMember { get; set; }

    public bool? PendingSignature { get; set; }

    public string? SizeCategory { get; set; }

    public string? DecidingNafCode { get; set; }

    public AssessmentDocument? Assessment { get; set; }

    public SignatureStatusDocument? Signature { get; set; }

    public required List<FindingDocument> Findings { get; set; }
}

internal sealed class RuleSetReferenceDocument
{
    public required string Id { get; set; }

    public required string Version { get; set; }

    public required string Fingerprint { get; set; }
}

internal sealed class AssessmentDocument
{
    public required string Kind { get; set; }

    public required string Level { get; set; }

    public decimal? Score { get; set; }

    public required decimal Completion { get; set; }

    public required List<CategoryScoreDocument> Categories { get; set; }

    public required List<CriterionResultDocument> Criteria { get; set; }

    public LevelGapDocument? NextLevel { get; set; }
}

internal sealed class CategoryScoreDocument
{
    public required string Id { get; set; }

    public decimal? Score { get; set; }

    public required int MetWeight { get; set; }

    public required int ApplicableWeight { get; set; }
}

internal sealed class CriterionResultDocument
{
    public required string Id { get; set; }

    public string? Given { get; set; }

    public required string Counted { get; set; }
}

internal sealed class LevelGapDocument
{
    public required string TargetLevel { get; set; }

    public required List<string> MustCriteriaNotMet { get; set; }

    public decimal? ScorePointsNeeded { get; set; }

    public int? WeightNeeded { get; set; }

    public required List<string> CategoriesBelowMinimum { get; set; }

    public required bool AssessmentKindRequired { get; set; }
}

internal sealed class SignatureStatusDocument
{
    public required string Status { get; set; }

    public string? PeriodStart { get; set; }

    public string? ExpiresOn { get; set; }

    public string? RenewalExpiresOn { get; set; }

    public string? NextDueDate { get; set; }

    public string? NextDueKind { get; set; }

    public string? LevelCap { get; set; }
}

internal sealed class FindingDocument
{
    public required string Code { get; set; }

    public required string RuleId { get; set; }

    public required string Severity { get; set; }

    public required string Status { get; set; }

    public required Dictionary<string, string> Arguments { get; set; }

    public string? Message { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(DecisionDocument))]
[JsonSerializable(typeof(List<DecisionDocument>))]
internal sealed partial class DecisionJsonContext : JsonSerializerContext
{
}
