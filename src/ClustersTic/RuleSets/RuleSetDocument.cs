using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ClustersTic.RuleSets;

// The JSON shape of a rule set (schema: Schemas/rule-set.schema.json). These types are internal: the public
// model (RuleSet and its parts) is built from them after validation. Dates, periods, codes and enumeration
// values are strings here and are checked by RuleSetValidator, so that every problem gets a path.
#pragma warning disable CA1002, CA2227 // Lists with setters are the deserialization shape.

internal sealed class RuleSetDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public required string Id { get; set; }

    public required string Version { get; set; }

    public required TextDocument Title { get; set; }

    public required string EffectiveFrom { get; set; }

    public required ClusterAdmissionDocument ClusterAdmission { get; set; }

    public required CompanyEligibilityDocument CompanyEligibility { get; set; }

    public required CharterDocument Charter { get; set; }

    public required ScoringDocument Scoring { get; set; }

    public required LifecycleDocument Lifecycle { get; set; }
}

internal sealed class TextDocument
{
    public required string Fr { get; set; }

    public required string En { get; set; }
}

internal sealed class ClusterAdmissionDocument
{
    public required List<string> AdmittedOrganisationKinds { get; set; }

    public required decimal MinimumProviderShare { get; set; }
}

internal sealed class CompanyEligibilityDocument
{
    public required DigitalSectorDocument DigitalSector { get; set; }

    public required string Naf2025ReferenceFrom { get; set; }

    public required List<string> EligibleSizeCategories { get; set; }
}

internal sealed class DigitalSectorDocument
{
    public required List<string> Rev2 { get; set; }

    public required List<string> Naf2025 { get; set; }
}

internal sealed class CharterDocument
{
    public required string Id { get; set; }

    public required string Version { get; set; }

    public required List<CategoryDocument> Categories { get; set; }

    public required List<CriterionDocument> Criteria { get; set; }
}

internal sealed class CategoryDocument
{
    public required string Id { get; set; }

    public required TextDocument Title { get; set; }

    public required TextDocument Description { get; set; }
}

internal sealed class CriterionDocument
{
    public required string Id { get; set; }

    public required string Category { get; set; }

    public required string Level { get; set; }

    public required int Weight { get; set; }

    public required bool EvidenceRequired { get; set; }

    public required bool NotApplicableAllowed { get; set; }

    public required TextDocument Title { get; set; }

    public required TextDocument Text { get; set; }
}

internal sealed class ScoringDocument
{
    public required ConfirmedLevelDocument Confirmed { get; set; }

    public required ExemplaryLevelDocument Exemplary { get; set; }
}

internal sealed class ConfirmedLevelDocument
{
    public required decimal MinimumScore { get; set; }

    public required decimal MinimumCategoryScore { get; set; }
}

internal sealed class ExemplaryLevelDocument
{
    public required decimal MinimumScore { get; set; }

    public required List<string> AssessmentKinds { get; set; }
}

internal sealed class LifecycleDocument
{
    public required string Validity { get; set; }

    public required string ReviewWindowBefore { get; set; }

    public required string ReviewWindowAfter { get; set; }

    public required string MinorNonConformityDeadline { get; set; }

    public required string MajorNonConformityDeadline { get; set; }

    public required string RenewalWindow { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(RuleSetDocument))]
internal sealed partial class RuleSetJsonContext : JsonSerializerContext
{
}

/// <summary>The serializer contexts used for rule sets, built from the source-generated default.</summary>
internal static class RuleSetJson
{
    /// <summary>Strict reading; indented writing.</summary>
    public static RuleSetJsonContext Strict => RuleSetJsonContext.Default;

    /// <summary>Indented, with French text written as is (not \u-escaped): for saving.</summary>
    public static RuleSetJsonContext Pretty { get; } = new(new JsonSerializerOptions(RuleSetJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

}
