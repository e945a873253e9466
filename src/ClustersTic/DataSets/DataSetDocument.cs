using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ClustersTic.DataSets;

// The JSON shape of an input data set (schema: Schemas/data-set.schema.json). Optional members are nullable:
// null or absent means "not given". Dates, codes and enumeration values are strings, checked by
// DataSetBuilder so that every problem gets a path.
#pragma warning disable CA1002, CA2227 // Lists with setters are the deserialization shape.

internal sealed class DataSetDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public List<ClusterDocument>? Clusters { get; set; }

    public List<CompanyDocument>? Companies { get; set; }

    public List<AssessmentDocument>? Assessments { get; set; }

    public List<SignatureDocument>? Signatures { get; set; }
}

internal sealed class PeriodDocument
{
    public required string From { get; set; }

    public string? To { get; set; }
}

internal sealed class ClusterDocument
{
    public required string Id { get; set; }

    /// <summary>Required, except for a founding cluster, which takes it from <c>ConsortiumFounders</c>.</summary>
    public string? Name { get; set; }

    public string? Region { get; set; }

    public string? Kind { get; set; }

    public List<PeriodDocument>? FranceClustersMemberships { get; set; }

    public string? DeclaredAudience { get; set; }

    public string? ConventionSignedOn { get; set; }

    public bool? IsFounder { get; set; }

    public string? LeftOn { get; set; }

    public List<string>? MemberSirens { get; set; }
}

internal sealed class ClosedYearDocument
{
    public required int Year { get; set; }

    public decimal? Headcount { get; set; }

    public decimal? Turnover { get; set; }

    public decimal? BalanceSheetTotal { get; set; }
}

internal sealed class MembershipDocument
{
    public required string ClusterId { get; set; }

    public required string From { get; set; }

    public string? To { get; set; }
}

internal sealed class DerogationDocument
{
    public required string ClusterId { get; set; }

    public string? Justification { get; set; }

    public string? GrantedOn { get; set; }
}

internal sealed class CompanyDocument
{
    public string? Siren { get; set; }

    public string? Siret { get; set; }

    /// <summary>One value that may be a SIREN or a SIRET (a CRM's single column), routed on reading.</summary>
    public string? SirenOrSiret { get; set; }

    public required string Name { get; set; }

    public string? NafRev2 { get; set; }

    public string? Naf2025 { get; set; }

    /// <summary>A NAF code whose nomenclature is not said (reading 5), routed on reading.</summary>
    public string? Naf { get; set; }

    public List<ClosedYearDocument>? ClosedYears { get; set; }

    public string? State { get; set; }

    public string? CeasedOn { get; set; }

    public string? CreatedOn { get; set; }

    public List<MembershipDocument>? Memberships { get; set; }

    public DerogationDocument? Derogation { get; set; }
}

internal sealed class AnswerDocument
{
    public required string CriterionId { get; set; }

    public required string Status { get; set; }

    public string? Justification { get; set; }

    public string? Evidence { get; set; }
}

internal sealed class AssessmentDocument
{
    public required string CompanySiren { get; set; }

    public string? CharterVersion { get; set; }

    public required string Date { get; set; }

    public required string Kind { get; set; }

    public required List<AnswerDocument> Answers { get; set; }
}

internal sealed class NonConformityDocument
{
    public required string Id { get; set; }

    public required string Severity { get; set; }

    public required string RaisedOn { get; set; }

    public string? LiftedOn { get; set; }

    public string? Source { get; set; }
}

internal sealed class RenewalDocument
{
    public required string AssessedOn { get; set; }

    public required string Level { get; set; }
}

internal sealed class WithdrawalDocument
{
    public required string On { get; set; }

    public required string Reason { get; set; }
}

internal sealed class SignatureDocument
{
    public required string CompanySiren { get; set; }

    public string? CharterVersion { get; set; }

    public required string GrantedOn { get; set; }

    public List<string>? Reviews { get; set; }

    public List<NonConformityDocument>? NonConformities { get; set; }

    public List<RenewalDocument>? Renewals { get; set; }

    public WithdrawalDocument? Withdrawal { get; set; }
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
[JsonSerializable(typeof(DataSetDocument))]
internal sealed partial class DataSetJsonContext : JsonSerializerContext
{
}
