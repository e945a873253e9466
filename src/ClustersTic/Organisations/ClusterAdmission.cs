using System;
using System.Collections.Generic;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Organisations;

/// <summary>The cluster admission rules, CL-1 to CL-4 (rulebook §3).</summary>
internal static class ClusterAdmission
{
    /// <summary>The date of the founding convention, signed in Lyon by the five founders (rulebook §3).</summary>
    public static LocalDate FoundingConventionDate => ConsortiumFounders.ConventionDate;

    /// <param name="cluster">The cluster.</param>
    /// <param name="parameters">The parameters of CL-2 and CL-3.</param>
    /// <param name="digitalActivity">The parameters of CO-4, which say whether a member is a digital provider (CL-3).</param>
    /// <param name="ruleSet">The rule set the decision cites.</param>
    /// <param name="asOf">The date.</param>
    public static ClusterAdmissionDecision Evaluate(Cluster cluster, ClusterAdmissionParameters parameters, CompanyEligibilityParameters digitalActivity, RuleSetReference ruleSet, LocalDate asOf)
    {
        var verdict = new Verdict();

        // Leaving the consortium ends membership, founders included.
        if (cluster.LeftOn is LocalDate leftOn && leftOn <= asOf)
        {
            verdict.Report(FindingCatalog.ClusterLeft, "leftOn", leftOn);
        }

        CheckFranceClustersMembership(cluster, asOf, ref verdict);

        LocalDate? convention = cluster.ConventionSignedOn;
        if (cluster.IsFounder)
        {
            // Reading 30: the founders are deemed to meet the admission conditions CL-2 and CL-3 on any date, and
            // their convention date is that of the founding convention, whatever their record says.
            convention = FoundingConventionDate;
            verdict.Report(FindingCatalog.ClusterFounder, "conventionDate", FoundingConventionDate);
        }
        else
        {
            CheckClusterDynamic(cluster, parameters, ref verdict);
            CheckProviders(cluster, parameters, digitalActivity, asOf, ref verdict);
        }

        Outcome outcome = verdict.Outcome;
        bool pending = outcome == Outcome.Eligible && (convention is null || convention.Value > asOf);
        if (pending)
        {
            verdict.Report(FindingCatalog.ClusterPendingSignature);
        }

        if (cluster.IsFounder && cluster.ConventionSignedOn is LocalDate recorded && recorded != FoundingConventionDate)
        {
            verdict.Report(FindingCatalog.ClusterFounderConventionDate, ("recorded", recorded), ("conventionDate", FoundingConventionDate));
        }

        return new ClusterAdmissionDecision(cluster, asOf, ruleSet, outcome, pending, verdict.Findings);
    }

    // CL-1: a France Clusters membership covering the as-of date.
    private static void CheckFranceClustersMembership(Cluster cluster, LocalDate asOf, ref Verdict verdict)
    {
        if (cluster.FranceClustersMemberships is not { } periods)
        {
            verdict.Report(FindingCatalog.ClusterMembershipUnknown);
            return;
        }

        foreach (MembershipPeriod period in periods)
        {
            if (period.Covers(asOf))
            {
                return;
            }
        }

        verdict.Report(FindingCatalog.ClusterNoMembership, "asOf", asOf);
    }

    // CL-2: a cluster dynamic; each excluded kind has its own finding.
    private static void CheckClusterDynamic(Cluster cluster, ClusterAdmissionParameters parameters, ref Verdict verdict)
    {
        if (cluster.Kind is not OrganisationKind kind)
        {
            verdict.Report(FindingCatalog.ClusterKindUnknown);
            return;
        }

        foreach (OrganisationKind admitted in parameters.AdmittedOrganisationKinds)
        {
            if (admitted == kind)
            {
                return;
            }
        }

        switch (kind)
        {
            case OrganisationKind.CompanyClub:
                verdict.Report(FindingCatalog.ClusterCompanyClub);
                break;
            case OrganisationKind.IctUserAssociation:
                verdict.Report(FindingCatalog.ClusterIctUserAssociation);
                break;
            case OrganisationKind.CioNetwork:
                verdict.Report(FindingCatalog.ClusterCioNetwork);
                break;
            default:
                verdict.Report(FindingCatalog.ClusterKindNotAdmitted, "kind", ArgumentValue.Label(kind));
                break;
        }
    }

    // CL-3: gathers providers: declared audience, and the share of providers among the members when given.
    private static void CheckProviders(Cluster cluster, ClusterAdmissionParameters parameters, CompanyEligibilityParameters digitalActivity, LocalDate asOf, ref Verdict verdict)
    {
        if (cluster.DeclaredAudience is not ClusterAudience audience)
        {
            verdict.Report(FindingCatalog.ClusterAudienceUnknown);
        }
        else if (audience != ClusterAudience.DigitalProviders)
        {
            verdict.Report(FindingCatalog.ClusterAudienceNotProviders, "audience", ArgumentValue.Label(audience));
        }

        if (cluster.Members is not { Count: > 0 } members)
        {
            return; // An absent or empty member list: the share is not checked (reading 13).
        }

        // Reading 33: each company counts once (SIRENs compared in canonical form); a repeated entry is a finding.
        // A member whose SIREN is not given cannot be compared, and counts.
        int providers = 0;
        int unknown = 0;
        int total = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Company member in members)
        {
            if (Identifiers.Siren.Key(member.Siren) is string key && !seen.Add(key))
            {
                verdict.Report(FindingCatalog.ClusterRepeatedMember, "siren", TextHelpers.Shorten(key));
                continue;
            }

            total++;
            bool? digital = DigitalActivity.IsDigitalProvider(member, digitalActivity, asOf, out NafCodeStatus nafStatus, out string? nafText);
            if (digital is null)
            {
                unknown++;
                if (nafStatus is not (NafCodeStatus.Known or NafCodeStatus.NotGiven))
                {
                    // The member's code cannot be used: said, so that an unknown activity is never silent.
                    verdict.Report(
                        FindingCatalog.ClusterMemberNafUnusable,
                        ("member", TextHelpers.Shorten(Identifiers.Siren.Key(member.Siren) ?? member.Name)),
                        ("code", TextHelpers.Shorten(nafText!)),
                        ("reason", ArgumentValue.Label(nafStatus)));
                }
            }
            else if (digital.Value)
            {
                providers++;
            }
        }

        // The share is an interval [providers, providers + unknown] / total; exact comparison in decimal.
        decimal minimum = parameters.MinimumProviderShare;
        if (providers >= minimum * total)
        {
            return;
        }

        if (providers + unknown < minimum * total)
        {
            verdict.Report(
                FindingCatalog.ClusterProviderShareTooLow,
                ("providers", ArgumentValue.Number(providers)),
                ("members", ArgumentValue.Number(total)),
                ("share", ArgumentValue.Percent(providers / (decimal)total)),
                ("minimum", ArgumentValue.Percent(minimum)));
        }
        else
        {
            verdict.Report(
                FindingCatalog.ClusterProviderShareUnknown,
                ("low", ArgumentValue.Percent(providers / (decimal)total)),
                ("high", ArgumentValue.Percent((providers + unknown) / (decimal)total)),
                ("unknown", ArgumentValue.Number(unknown)),
                ("minimum", ArgumentValue.Percent(minimum)));
        }
    }
}
