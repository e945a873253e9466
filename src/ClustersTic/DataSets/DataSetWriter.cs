using System;
using System.Collections.Generic;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using ClustersTic.Signatures;
using NodaTime;

namespace ClustersTic.DataSets;

/// <summary>
/// Turns a data set back into its JSON document, the inverse of <see cref="DataSetBuilder"/>: loading what it
/// writes gives equal records. "Not given" (null) is omitted; an empty France Clusters membership or member
/// list, member list, company membership list or signature review list is written as <c>[]</c>, because it
/// means "none", not "not given".
/// </summary>
internal static class DataSetWriter
{
    public static DataSetDocument ToDocument(DataSet dataSet)
    {
        var sirens = new HashSet<string>(StringComparer.Ordinal);
        foreach (Company company in dataSet.Companies)
        {
            if (Identifiers.Siren.Key(company.Siren) is string key)
            {
                sirens.Add(key);
            }
        }

        return new DataSetDocument
        {
            Schema = Documents.JsonSchemas.DataSetSchemaId,
            Clusters = List(dataSet.Clusters, cluster => Cluster(cluster, sirens)),
            Companies = List(dataSet.Companies, Company),
            Assessments = List(dataSet.Assessments, Assessment),
            Signatures = List(dataSet.Signatures, Signature),
        };
    }

    private static ClusterDocument Cluster(Cluster c, HashSet<string> sirens)
    {
        List<string>? members = null;
        if (c.Members is { } list)
        {
            members = new List<string>(list.Count);
            foreach (Company member in list)
            {
                if (Identifiers.Siren.Key(member.Siren) is not string key || !sirens.Contains(key))
                {
                    throw new InvalidOperationException(
                        $"The cluster '{TextHelpers.Shorten(c.Id)}' has a member (SIREN '{TextHelpers.Shorten(member.Siren ?? string.Empty)}') that is not one of the data set's companies, or has no SIREN; a data set file names members by SIREN, so each must be in the company list with its SIREN.");
                }

                members.Add(member.Siren!);
            }
        }

        return new ClusterDocument
        {
            Id = c.Id,
            Name = c.Name,
            Region = c.Region,
            Kind = c.Kind is { } kind ? Invariant.Name(kind) : null,
            FranceClustersMemberships = c.FranceClustersMemberships is { } periods ? ListOrEmpty(periods, Period) : null,
            DeclaredAudience = c.DeclaredAudience is { } audience ? Invariant.Name(audience) : null,
            ConventionSignedOn = Date(c.ConventionSignedOn),
            IsFounder = c.IsFounder ? true : null,
            LeftOn = Date(c.LeftOn),
            MemberSirens = members,
        };
    }

    private static PeriodDocument Period(MembershipPeriod p) => new() { From = Invariant.Date(p.From), To = Date(p.To) };

    private static CompanyDocument Company(Company c) => new()
    {
        Siren = c.Siren,
        Siret = c.Siret,
        Name = c.Name,
        NafRev2 = c.NafRev2,
        Naf2025 = c.Naf2025,
        ClosedYears = List(c.ClosedYears, y => new ClosedYearDocument { Year = y.Year, Headcount = y.Headcount, Turnover = y.Turnover, BalanceSheetTotal = y.BalanceSheetTotal }),
        State = c.State is { } state ? Invariant.Name(state) : null,
        CeasedOn = Date(c.CeasedOn),
        CreatedOn = Date(c.CreatedOn),
        Memberships = c.Memberships is null ? null : ListOrEmpty(c.Memberships, m => new MembershipDocument { ClusterId = m.ClusterId, From = Invariant.Date(m.Period.From), To = Date(m.Period.To) }),
        Derogation = c.Derogation is { } d ? new DerogationDocument { ClusterId = d.ClusterId, Justification = d.Justification, GrantedOn = Date(d.GrantedOn) } : null,
    };

    private static AssessmentDocument Assessment(Assessment a) => new()
    {
        CompanySiren = a.CompanySiren,
        CharterVersion = a.CharterVersion,
        Date = Invariant.Date(a.Date),
        Kind = Invariant.Name(a.Kind),
        Answers = ListOrEmpty(a.Answers, x => new AnswerDocument { CriterionId = x.CriterionId, Status = Invariant.Name(x.Status), Justification = x.Justification, Evidence = x.Evidence }),
    };

    private static SignatureDocument Signature(Signature s) => new()
    {
        CompanySiren = s.CompanySiren,
        CharterVersion = s.CharterVersion,
        GrantedOn = Invariant.Date(s.GrantedOn),
        Reviews = s.Reviews is null ? null : ListOrEmpty(s.Reviews, Invariant.Date),
        NonConformities = List(s.NonConformities, n => new NonConformityDocument
        {
            Id = n.Id,
            Severity = Invariant.Name(n.Severity),
            RaisedOn = Invariant.Date(n.RaisedOn),
            LiftedOn = Date(n.LiftedOn),
            Source = Invariant.Name(n.Source),
        }),
        Renewals = List(s.Renewals, r => new RenewalDocument { AssessedOn = Invariant.Date(r.AssessedOn), Level = Invariant.Name(r.Level) }),
        Withdrawal = s.Withdrawal is { } w ? new WithdrawalDocument { On = Invariant.Date(w.On), Reason = w.Reason } : null,
    };

    private static string? Date(LocalDate? date) => date is { } d ? Invariant.Date(d) : null;

    // Empty lists are omitted: reading an absent list gives an empty one.
    private static List<TOut>? List<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map) => items.Count == 0 ? null : ListOrEmpty(items, map);

    private static List<TOut> ListOrEmpty<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var list = new List<TOut>(items.Count);
        foreach (TIn item in items)
        {
            list.Add(map(item));
        }

        return list;
    }
}
