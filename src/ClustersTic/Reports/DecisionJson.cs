using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
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
