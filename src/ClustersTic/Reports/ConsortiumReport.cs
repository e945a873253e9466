using System.Collections.Generic;
using System.Linq;
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
    public string ToJson(Language? language = null) => Reports.DecisionJson.WriteAll(All, language);
}
