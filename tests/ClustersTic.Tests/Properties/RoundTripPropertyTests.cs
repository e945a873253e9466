using System.IO;
using System.Linq;
using System.Text;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using CsCheck;
using NodaTime;

namespace ClustersTic.Tests.Properties;

/// <summary>
/// Save → load gives equal records, for every public input record type (all of them travel in a data set:
/// clusters, membership periods, companies, closed years, cluster memberships, derogations, assessments,
/// answers, signatures, non-conformities, renewals, withdrawals) and for rule sets.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly LocalDate Epoch = new(1, 1, 1);

    // Every date from 0001-01-01 to 9999-12-31.
    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 3_652_058].Select(d => Epoch.PlusDays(d));

    private static readonly Gen<LocalDate?> OptionalDates = Gen.Frequency((1, Gen.Const((LocalDate?)null)), (3, Dates.Select(d => (LocalDate?)d)));

    // Text with accents, quotes, backslashes, control and non-BMP characters (as surrogate pairs).
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Char["abcXYZ019 éèàçœ€«»\"\\/\n\t\u0001\u00A0\u202F漢"].Array[1, 24].Select(chars => "t" + new string(chars)),
        Gen.Const("🙂 emoji"),
        Gen.Const(new string('x', 400)));

    private static readonly Gen<string?> OptionalTexts = Gen.Frequency((1, Gen.Const((string?)null)), (3, Texts.Select(t => (string?)t)));

    private static readonly Gen<decimal?> Figures = Gen.Frequency(
        (1, Gen.Const((decimal?)null)),
        (4, Gen.Long[0, 10_000_000_000_000L].Select(Gen.Int[0, 4], (v, scale) => (decimal?)(v / (decimal)System.Math.Pow(10, scale)))));

    private static Gen<MembershipPeriod> Periods => Dates.Select(Gen.Int[-1, 5000], (from, length) =>
        new MembershipPeriod(from, length < 0 ? null : Later(from, length)));

    private static readonly LocalDate LastDate = new(9999, 12, 31);

    // The date some days later, or null past 9999-12-31.
    private static LocalDate? Later(LocalDate date, int days) => Period.Between(date, LastDate, PeriodUnits.Days).Days < days ? null : date.PlusDays(days);

    private static Gen<Cluster> ClusterGen(int index, int companies) =>
        from name in Texts
        from region in OptionalTexts
        from kind in Gen.Enum<OrganisationKind>().Nullable()
        from audience in Gen.Enum<ClusterAudience>().Nullable()
        from memberships in Gen.Frequency((1, Gen.Const((MembershipPeriod[]?)null)), (3, Periods.Array[0, 3].Select(a => (MembershipPeriod[]?)a)))
        from convention in OptionalDates
        from founder in Gen.Bool
        from left in OptionalDates
        from members in Gen.Frequency((1, Gen.Const((int[]?)null)), (3, Gen.Int[0, companies - 1].ArrayUnique[0, companies].Select(a => (int[]?)a)))
        select (Cluster: new Cluster
        {
            Id = "cluster-" + index,
            Name = name,
            Region = region,
            Kind = kind,
            DeclaredAudience = audience,
            FranceClustersMemberships = memberships,
            ConventionSignedOn = convention,
            IsFounder = founder,
            LeftOn = left,
        }, Members: members) into c
        select c.Members is null ? c.Cluster : c.Cluster with { Members = c.Members.Select(i => new Company { Siren = Siren(i), Name = "placeholder" }).ToArray() };

    private static string Siren(int index) => "9" + index.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<Company> CompanyGen(int index, int clusters) =>
        from siret in OptionalTexts
        from name in Texts
        from naf in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"62.01Z"), Gen.Const((string?)"70.22Z"), OptionalTexts)
        from naf2025 in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"62.10Y"), OptionalTexts)
        from firstYear in Gen.Int[1, 9990]
        from years in Gen.Select(Figures, Figures, Figures).Array[0, 4]
        from state in Gen.Enum<AdministrativeState>().Nullable()
        from ceased in OptionalDates
        from created in OptionalDates
        from memberships in clusters == 0
            ? Gen.Const(System.Array.Empty<ClusterMembership>())
            : Gen.Select(Gen.Int[0, clusters - 1], Periods).Array[0, 3].Select(a => a.Select(m => new ClusterMembership("cluster-" + m.Item1, m.Item2.From, m.Item2.To)).ToArray())
        from derogation in Gen.Frequency(
            (2, Gen.Const((SectorDerogation?)null)),
            (1, Gen.Select(OptionalTexts, OptionalDates).Select(d => (SectorDerogation?)new SectorDerogation("cluster-x", d.Item1, d.Item2))))
        select new Company
        {
            Siren = Siren(index),
            Siret = siret,
            Name = name,
            NafRev2 = naf,
            Naf2025 = naf2025,
            ClosedYears = years.Select((y, i) => new ClosedYearFigures(firstYear + i, y.Item1, y.Item2, y.Item3)).ToArray(),
            State = state,
            CeasedOn = ceased,
            CreatedOn = created,
            Memberships = memberships,
            Derogation = derogation,
        };

    private static Gen<Assessment> AssessmentGen(int companies) =>
        from company in Gen.Int[0, companies - 1]
        from charter in OptionalTexts
        from date in Dates
        from kind in Gen.Enum<AssessmentKind>()
        from answers in Gen.Select(Texts, Gen.Enum<AnswerStatus>(), OptionalTexts, OptionalTexts).Array[0, 6]
        select new Assessment
        {
            CompanySiren = Siren(company),
            CharterVersion = charter,
            Date = date,
            Kind = kind,
            Answers = answers.Select(a => new Answer { CriterionId = a.Item1, Status = a.Item2, Justification = a.Item3, Evidence = a.Item4 }).ToArray(),
        };

    private static Gen<Signature> SignatureGen(int companies) =>
        from company in Gen.Int[0, companies - 1]
        from charter in OptionalTexts
        from granted in Dates
        from reviews in Dates.Array[0, 4]
        from ncs in Gen.Select(Gen.Enum<NonConformitySeverity>(), Dates, Gen.Int[-1, 400], Gen.Enum<NonConformitySource>()).Array[0, 3]
        from renewals in Gen.Select(Dates, Gen.Enum<CharterLevel>()).Array[0, 2]
        from withdrawal in Gen.Frequency((2, Gen.Const((Withdrawal?)null)), (1, Gen.Select(Dates, Texts).Select(w => (Withdrawal?)new Withdrawal { On = w.Item1, Reason = w.Item2 })))
        select new Signature
        {
            CompanySiren = Siren(company),
            CharterVersion = charter,
            GrantedOn = granted,
            Reviews = reviews,
            NonConformities = ncs.Select((n, i) => new NonConformity
            {
                Id = "NC-" + i,
                Severity = n.Item1,
                RaisedOn = n.Item2,
                LiftedOn = n.Item3 < 0 ? null : Later(n.Item2, n.Item3),
                Source = n.Item4,
            }).ToArray(),
            Renewals = renewals.Select(r => new RenewalAssessment { AssessedOn = r.Item1, Level = r.Item2 }).ToArray(),
            Withdrawal = withdrawal,
        };

    private static readonly Gen<DataSet> DataSets =
        from clusterCount in Gen.Int[0, 3]
        from companyCount in Gen.Int[1, 4]
        from clusters in Sequence(clusterCount, i => ClusterGen(i, companyCount))
        from companies in Sequence(companyCount, i => CompanyGen(i, clusterCount))
        from assessments in AssessmentGen(companyCount).Array[0, 3]
        from signatures in SignatureGen(companyCount).Array[0, 3]
        select Build(clusters, companies, assessments, signatures);

    private static Gen<T[]> Sequence<T>(int count, System.Func<int, Gen<T>> item)
    {
        Gen<T[]> all = Gen.Const(System.Array.Empty<T>());
        for (int i = 0; i < count; i++)
        {
            int index = i;
            all = all.SelectMany(items => item(index).Select(x => items.Append(x).ToArray()));
        }

        return all;
    }

    // Members and derogations refer to the data set's own companies and clusters, as a data set file does.
    private static DataSet Build(Cluster[] clusters, Company[] companies, Assessment[] assessments, Signature[] signatures)
    {
        Company[] fixedCompanies = companies
            .Select(c => c.Derogation is { } d && clusters.Length > 0 ? c with { Derogation = new SectorDerogation(clusters[0].Id, d.Justification, d.GrantedOn) } : c with { Derogation = null })
            .ToArray();
        Cluster[] fixedClusters = clusters
            .Select(c => c.Members is null ? c : c with { Members = c.Members.Select(m => fixedCompanies.Single(x => x.Siren == m.Siren)).ToArray() })
            .ToArray();
        return new DataSet(fixedClusters, fixedCompanies, assessments, signatures);
    }

    [Fact]
    public void EveryRecordType_SurvivesSaveThenLoad()
    {
        DataSets.Sample(dataSet =>
        {
            string json = dataSet.ToJson();
            DataSet loaded = DataSet.Parse(json);

            loaded.Should().BeEquivalentTo(dataSet, options => options.ComparingRecordsByMembers().WithStrictOrdering().IgnoringCyclicReferences(), json);
            loaded.ToJson().Should().Be(json, "writing is deterministic");
        }, iter: 400);
    }

    [Fact]
    public void WriteTo_WritesTheSameUtf8AsToJson()
    {
        DataSet sample = ClustersTic.Samples.SampleData.Load();
        using var stream = new MemoryStream();
        sample.WriteTo(stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(sample.ToJson());
        DataSet.Parse(sample.ToJson()).Should().BeEquivalentTo(sample, options => options.ComparingRecordsByMembers().WithStrictOrdering().IgnoringCyclicReferences());
    }

    [Fact]
    public void AMemberThatIsNotACompanyOfTheDataSet_CannotBeWritten()
    {
        var stranger = new Company { Siren = "732829320", Name = "Stranger" };
        var dataSet = new DataSet(new[] { new Cluster { Id = "c", Name = "C", Members = new[] { stranger } } }, System.Array.Empty<Company>(), System.Array.Empty<Assessment>(), System.Array.Empty<Signature>());

        FluentActions.Invoking(() => dataSet.ToJson()).Should().Throw<System.InvalidOperationException>().WithMessage("*'c'*732829320*");
    }

    [Fact]
    public void EveryEmbeddedRuleSet_SurvivesSaveThenLoad()
    {
        foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
        {
            RuleSet loaded = RuleSet.Parse(ruleSet.ToJson());
            loaded.Should().Be(ruleSet);
            loaded.GetCanonicalJson().Should().Equal(ruleSet.GetCanonicalJson());
        }
    }
}
