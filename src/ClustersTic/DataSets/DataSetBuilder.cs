using System;
using System.Collections.Generic;
using System.Globalization;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Organisations;
using ClustersTic.Documents;
using ClustersTic.Signatures;
using NodaTime;

namespace ClustersTic.DataSets;

/// <summary>Checks the semantic rules of a data set document and builds the records.</summary>
internal static class DataSetBuilder
{
    private const string Prefix = "dataset";

    public static DataSet? Build(DataSetDocument d, ProblemCollector p)
    {
        if (d.Clusters is null && d.Companies is null && d.Assessments is null && d.Signatures is null)
        {
            p.Add(Prefix + ".empty", "$", "Le jeu de données ne donne aucune des listes « clusters », « companies », « assessments » et « signatures » : il en faut au moins une (elle peut être vide).", "The data set gives none of 'clusters', 'companies', 'assessments' and 'signatures': at least one list is needed (it may be empty).");
            return null;
        }

        // Companies first: clusters refer to them by SIREN. A company rejected for one of its own fields is
        // still known by its SIREN, so that the records pointing to it do not report it a second time.
        var companies = new List<Company>();
        var bySiren = new Dictionary<string, Company?>(StringComparer.Ordinal);
        List<CompanyDocument> companyDocs = d.Companies ?? new();
        for (int i = 0; i < companyDocs.Count; i++)
        {
            string path = Index("$.companies", i);
            RouteOneColumnValues(companyDocs[i], path, p);
            Company? company = BuildCompany(companyDocs[i], path, p);
            if (company is not null)
            {
                companies.Add(company);
            }

            string? key = Identifiers.Siren.Key(companyDocs[i].Siren);
            if (key is null)
            {
                continue; // Not given (reading 31): the company is decided, but no record can point to it.
            }

            if (!bySiren.ContainsKey(key))
            {
                bySiren[key] = company;
            }
            else
            {
                p.Add(Prefix + ".duplicate-siren", path + ".siren", $"Le SIREN « {Shorten(companyDocs[i].Siren!)} » est donné pour plusieurs entreprises.", $"The SIREN '{Shorten(companyDocs[i].Siren!)}' is given for more than one company.");
            }
        }

        var clusters = new List<Cluster>();
        var clusterIds = new HashSet<string>(StringComparer.Ordinal);
        List<ClusterDocument> clusterDocs = d.Clusters ?? new();
        for (int i = 0; i < clusterDocs.Count; i++)
        {
            string path = Index("$.clusters", i);
            ClusterDocument c = clusterDocs[i];
            if (!NonBlankId(c.Id, path + ".id", p))
            {
                continue;
            }

            if (!clusterIds.Add(c.Id))
            {
                p.Add(Prefix + ".duplicate-id", path + ".id", $"L'identifiant de cluster « {Shorten(c.Id)} » est utilisé plusieurs fois.", $"The cluster id '{Shorten(c.Id)}' is used more than once.");
            }

            Cluster? cluster = BuildCluster(c, path, bySiren, p);
            if (cluster is not null)
            {
                clusters.Add(cluster);
            }
        }

        for (int i = 0; i < companyDocs.Count; i++)
        {
            List<MembershipDocument> memberships = companyDocs[i].Memberships ?? new();
            for (int j = 0; j < memberships.Count; j++)
            {
                string membershipPath = Index(Index("$.companies", i) + ".memberships", j) + ".clusterId";
                if (!NonBlankId(memberships[j].ClusterId, membershipPath, p))
                {
                    continue;
                }

                if (!clusterIds.Contains(memberships[j].ClusterId))
                {
                    p.Add(Prefix + ".unknown-cluster", Index(Index("$.companies", i) + ".memberships", j) + ".clusterId", $"Le cluster « {Shorten(memberships[j].ClusterId)} » n'est pas dans le jeu de données.", $"The cluster '{Shorten(memberships[j].ClusterId)}' is not in the data set.");
                }
            }
        }

        var assessments = new List<Assessment>();
        List<AssessmentDocument> assessmentDocs = d.Assessments ?? new();
        for (int i = 0; i < assessmentDocs.Count; i++)
        {
            string path = Index("$.assessments", i);
            AssessmentDocument a = assessmentDocs[i];
            CheckCompanyKnown(a.CompanySiren, path + ".companySiren", bySiren, p);
            LocalDate date = DocumentValues.Date(a.Date, path + ".date", p, Prefix);
            AssessmentKind? kind = DocumentValues.Enum<AssessmentKind>(a.Kind, path + ".kind", p, Prefix);
            var answers = new List<Answer>();
            for (int j = 0; j < a.Answers.Count; j++)
            {
                AnswerDocument answer = a.Answers[j];
                AnswerStatus? status = DocumentValues.Enum<AnswerStatus>(answer.Status, Index(path + ".answers", j) + ".status", p, Prefix);
                if (status is not null)
                {
                    answers.Add(new Answer { CriterionId = answer.CriterionId, Status = status.Value, Justification = answer.Justification, Evidence = answer.Evidence });
                }
            }

            if (kind is not null)
            {
                assessments.Add(new Assessment { CompanySiren = a.CompanySiren, CharterVersion = a.CharterVersion, Date = date, Kind = kind.Value, Answers = answers });
            }
        }

        var signatures = new List<Signature>();
        List<SignatureDocument> signatureDocs = d.Signatures ?? new();
        for (int i = 0; i < signatureDocs.Count; i++)
        {
            Signature? signature = BuildSignature(signatureDocs[i], Index("$.signatures", i), bySiren, p);
            if (signature is not null)
            {
                signatures.Add(signature);
            }
        }

        return p.HasProblems ? null : new DataSet(clusters, companies, assessments, signatures);
    }

    private static Cluster? BuildCluster(ClusterDocument c, string path, Dictionary<string, Company?> bySiren, ProblemCollector p)
    {
        int before = p.Count;
        OrganisationKind? kind = c.Kind is null ? null : DocumentValues.Enum<OrganisationKind>(c.Kind, path + ".kind", p, Prefix);
        ClusterAudience? audience = c.DeclaredAudience is null ? null : DocumentValues.Enum<ClusterAudience>(c.DeclaredAudience, path + ".declaredAudience", p, Prefix);
        List<MembershipPeriod>? periods = null;
        if (c.FranceClustersMemberships is { } list)
        {
            periods = new List<MembershipPeriod>();
            for (int i = 0; i < list.Count; i++)
            {
                MembershipPeriod? period = Period(list[i].From, list[i].To, Index(path + ".franceClustersMemberships", i), p);
                if (period is not null)
                {
                    periods.Add(period);
                }
            }
        }

        List<Company>? members = null;
        if (c.MemberSirens is { } sirens)
        {
            members = new List<Company>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < sirens.Count; i++)
            {
                string? key = Identifiers.Siren.Key(sirens[i]);
                if (key is null || !bySiren.TryGetValue(key, out Company? member))
                {
                    p.Add(Prefix + ".unknown-company", Index(path + ".memberSirens", i), $"Aucune entreprise du jeu de données n'a le SIREN « {Shorten(sirens[i])} ».", $"No company of the data set has the SIREN '{Shorten(sirens[i])}'.");
                }
                else if (!seen.Add(key))
                {
                    // Reading 33: a member list counts each company once; a data set that repeats one is rejected.
                    p.Add(Prefix + ".duplicate-member", Index(path + ".memberSirens", i), $"Le SIREN « {Shorten(sirens[i])} » figure plusieurs fois parmi les adhérents du cluster.", $"The SIREN '{Shorten(sirens[i])}' is listed more than once in the cluster's members.");
                }
                else if (member is not null)
                {
                    members.Add(member);
                }
            }
        }

        LocalDate? signed = DocumentValues.OptionalDate(c.ConventionSignedOn, path + ".conventionSignedOn", p, Prefix);
        LocalDate? left = DocumentValues.OptionalDate(c.LeftOn, path + ".leftOn", p, Prefix);

        // A founding cluster is referenced by its id: what the record does not give comes from the founders
        // shipped with the library (reading 30); what it gives is kept. It cannot say it is not a founder.
        ConsortiumFounders.TryGet(c.Id, out Cluster? founder);
        if (founder is not null && c.IsFounder == false)
        {
            p.Add(
                Prefix + ".founder-flag",
                path + ".isFounder",
                $"« {Shorten(c.Id)} » est l'identifiant d'un cluster fondateur : « isFounder » ne peut pas valoir false (retirez-le).",
                $"'{Shorten(c.Id)}' is the id of a founding cluster: 'isFounder' cannot be false (leave it out).");
        }

        string? name = string.IsNullOrWhiteSpace(c.Name) ? founder?.Name : c.Name;
        if (name is null)
        {
            p.Add(
                Prefix + ".missing-name",
                path,
                "Le nom du cluster est obligatoire (seuls les cinq clusters fondateurs le reçoivent de la bibliothèque).",
                "The cluster's name is required (only the five founding clusters take theirs from the library).");
        }

        if (p.Count != before)
        {
            return null;
        }

        return new Cluster
        {
            Id = c.Id,
            Name = name!,
            Region = c.Region ?? founder?.Region,
            Kind = kind ?? founder?.Kind,
            DeclaredAudience = audience ?? founder?.DeclaredAudience,
            FranceClustersMemberships = periods,
            ConventionSignedOn = signed ?? founder?.ConventionSignedOn,
            IsFounder = founder is not null || (c.IsFounder ?? false),
            LeftOn = left,
            Members = members,
        };
    }

    private static Company? BuildCompany(CompanyDocument c, string path, ProblemCollector p)
    {
        int before = p.Count;
        var years = new List<ClosedYearFigures>();
        var seenYears = new HashSet<int>();
        List<ClosedYearDocument> yearDocs = c.ClosedYears ?? new();
        for (int i = 0; i < yearDocs.Count; i++)
        {
            ClosedYearDocument y = yearDocs[i];
            string yearPath = Index(path + ".closedYears", i);
            bool ok = true;
            if (y.Year is < 1 or > 9999)
            {
                p.Add(Prefix + ".year-range", yearPath + ".year", $"L'exercice {y.Year.ToString(CultureInfo.InvariantCulture)} est hors de 1–9999.", $"The year {y.Year.ToString(CultureInfo.InvariantCulture)} is outside 1–9999.");
                ok = false;
            }
            else if (!seenYears.Add(y.Year))
            {
                p.Add(Prefix + ".duplicate-year", yearPath + ".year", $"L'exercice {y.Year.ToString(CultureInfo.InvariantCulture)} est donné plusieurs fois.", $"The year {y.Year.ToString(CultureInfo.InvariantCulture)} is given more than once.");
                ok = false;
            }

            ok &= NotNegative(y.Headcount, yearPath + ".headcount", p);
            ok &= NotNegative(y.Turnover, yearPath + ".turnover", p);
            ok &= NotNegative(y.BalanceSheetTotal, yearPath + ".balanceSheetTotal", p);
            if (ok)
            {
                years.Add(new ClosedYearFigures(y.Year, y.Headcount, y.Turnover, y.BalanceSheetTotal));
            }
        }

        AdministrativeState? state = c.State is null ? null : DocumentValues.Enum<AdministrativeState>(c.State, path + ".state", p, Prefix);
        LocalDate? ceased = DocumentValues.OptionalDate(c.CeasedOn, path + ".ceasedOn", p, Prefix);
        LocalDate? created = DocumentValues.OptionalDate(c.CreatedOn, path + ".createdOn", p, Prefix);
        var memberships = new List<ClusterMembership>();
        List<MembershipDocument> membershipDocs = c.Memberships ?? new();
        for (int i = 0; i < membershipDocs.Count; i++)
        {
            MembershipPeriod? period = Period(membershipDocs[i].From, membershipDocs[i].To, Index(path + ".memberships", i), p);
            if (period is not null)
            {
                memberships.Add(new ClusterMembership(membershipDocs[i].ClusterId, period.From, period.To));
            }
        }

        SectorDerogation? derogation = null;
        if (c.Derogation is { } dd)
        {
            NonBlankId(dd.ClusterId, path + ".derogation.clusterId", p);
            derogation = new SectorDerogation(dd.ClusterId, dd.Justification, DocumentValues.OptionalDate(dd.GrantedOn, path + ".derogation.grantedOn", p, Prefix));
        }

        if (p.Count != before)
        {
            return null;
        }

        return new Company
        {
            Siren = c.Siren,
            Siret = c.Siret,
            Name = c.Name,
            NafRev2 = c.NafRev2,
            Naf2025 = c.Naf2025,
            ClosedYears = years,
            State = state,
            CeasedOn = ceased,
            CreatedOn = created,
            Memberships = c.Memberships is null ? null : memberships,
            Derogation = derogation,
        };
    }

    /// <summary>The one-column values of a CRM export, placed where the record's labelled fields would be (the
    /// same routing as <see cref="Company.WithSirenOrSiret"/> and <see cref="Company.WithNaf"/>). A value that
    /// would land on a field the record also gives is a conflict, reported, never resolved by guessing.</summary>
    private static void RouteOneColumnValues(CompanyDocument c, string path, ProblemCollector p)
    {
        if (c.SirenOrSiret is not null)
        {
            if (c.Siren is not null || c.Siret is not null)
            {
                p.Add(Prefix + ".conflicting-fields", path + ".sirenOrSiret", "« sirenOrSiret » est donné avec « siren » ou « siret » : donnez l'un ou l'autre.", "'sirenOrSiret' is given with 'siren' or 'siret': give one or the other.");
            }
            else
            {
                Company routed = new Company { Name = c.Name }.WithSirenOrSiret(c.SirenOrSiret);
                c.Siren = routed.Siren;
                c.Siret = routed.Siret;
            }
        }

        if (!string.IsNullOrWhiteSpace(c.Naf))
        {
            bool naf2025 = Company.IsNaf2025(c.Naf!);
            if ((naf2025 ? c.Naf2025 : c.NafRev2) is not null)
            {
                p.Add(
                    Prefix + ".conflicting-fields",
                    path + ".naf",
                    naf2025
                        ? "« naf » contient un code NAF 2025 et « naf2025 » est donné aussi : donnez l'un ou l'autre."
                        : "« naf » contient un code NAF rév. 2 et « nafRev2 » est donné aussi : donnez l'un ou l'autre.",
                    naf2025
                        ? "'naf' holds a NAF 2025 code and 'naf2025' is given too: give one or the other."
                        : "'naf' holds a NAF rev. 2 code and 'nafRev2' is given too: give one or the other.");
            }
            else if (naf2025)
            {
                c.Naf2025 = c.Naf;
            }
            else
            {
                c.NafRev2 = c.Naf;
            }
        }
    }

    private static Signature? BuildSignature(SignatureDocument s, string path, Dictionary<string, Company?> bySiren, ProblemCollector p)
    {
        int before = p.Count;
        CheckCompanyKnown(s.CompanySiren, path + ".companySiren", bySiren, p);
        LocalDate granted = DocumentValues.Date(s.GrantedOn, path + ".grantedOn", p, Prefix);
        var reviews = new List<LocalDate>();
        List<string> reviewDocs = s.Reviews ?? new();
        for (int i = 0; i < reviewDocs.Count; i++)
        {
            reviews.Add(DocumentValues.Date(reviewDocs[i], Index(path + ".reviews", i), p, Prefix));
        }

        var nonConformities = new List<NonConformity>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        List<NonConformityDocument> ncDocs = s.NonConformities ?? new();
        for (int i = 0; i < ncDocs.Count; i++)
        {
            NonConformityDocument nc = ncDocs[i];
            string ncPath = Index(path + ".nonConformities", i);
            if (!NonBlankId(nc.Id, ncPath + ".id", p))
            {
                continue;
            }

            if (!ids.Add(nc.Id))
            {
                p.Add(Prefix + ".duplicate-id", ncPath + ".id", $"L'identifiant de non-conformité « {Shorten(nc.Id)} » est utilisé plusieurs fois.", $"The non-conformity id '{Shorten(nc.Id)}' is used more than once.");
            }

            NonConformitySeverity? severity = DocumentValues.Enum<NonConformitySeverity>(nc.Severity, ncPath + ".severity", p, Prefix);
            NonConformitySource? source = nc.Source is null ? NonConformitySource.Review : DocumentValues.Enum<NonConformitySource>(nc.Source, ncPath + ".source", p, Prefix);
            LocalDate raised = DocumentValues.Date(nc.RaisedOn, ncPath + ".raisedOn", p, Prefix);
            LocalDate? lifted = DocumentValues.OptionalDate(nc.LiftedOn, ncPath + ".liftedOn", p, Prefix);
            if (lifted < raised)
            {
                p.Add(Prefix + ".period-order", ncPath + ".liftedOn", "La non-conformité est levée avant d'avoir été relevée.", "The non-conformity is lifted before it was raised.");
            }

            if (severity is not null && source is not null)
            {
                nonConformities.Add(new NonConformity { Id = nc.Id, Severity = severity.Value, RaisedOn = raised, LiftedOn = lifted, Source = source.Value });
            }
        }

        var renewals = new List<RenewalAssessment>();
        List<RenewalDocument> renewalDocs = s.Renewals ?? new();
        for (int i = 0; i < renewalDocs.Count; i++)
        {
            string renewalPath = Index(path + ".renewals", i);
            LocalDate on = DocumentValues.Date(renewalDocs[i].AssessedOn, renewalPath + ".assessedOn", p, Prefix);
            CharterLevel? level = DocumentValues.Enum<CharterLevel>(renewalDocs[i].Level, renewalPath + ".level", p, Prefix);
            if (level is not null)
            {
                renewals.Add(new RenewalAssessment { AssessedOn = on, Level = level.Value });
            }
        }

        Withdrawal? withdrawal = s.Withdrawal is { } w
            ? new Withdrawal { On = DocumentValues.Date(w.On, path + ".withdrawal.on", p, Prefix), Reason = w.Reason }
            : null;

        return p.Count != before ? null : new Signature
        {
            CompanySiren = s.CompanySiren,
            CharterVersion = s.CharterVersion,
            GrantedOn = granted,
            Reviews = s.Reviews is null ? null : reviews,
            NonConformities = nonConformities,
            Renewals = renewals,
            Withdrawal = withdrawal,
        };
    }

    private static MembershipPeriod? Period(string from, string? to, string path, ProblemCollector p)
    {
        int before = p.Count;
        LocalDate start = DocumentValues.Date(from, path + ".from", p, Prefix);
        LocalDate? end = DocumentValues.OptionalDate(to, path + ".to", p, Prefix);
        if (p.Count != before)
        {
            return null;
        }

        if (end < start)
        {
            p.Add(Prefix + ".period-order", path + ".to", "La période finit avant de commencer.", "The period ends before it starts.");
            return null;
        }

        return new MembershipPeriod(start, end);
    }

    /// <summary>An id must not be empty or blank: no record could point to it.</summary>
    private static bool NonBlankId(string id, string path, ProblemCollector p)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            return true;
        }

        p.Add(Prefix + ".blank-id", path, "L'identifiant ne doit pas être vide.", "The id must not be empty or blank.");
        return false;
    }

    private static bool NotNegative(decimal? value, string path, ProblemCollector p)
    {
        if (value < 0m)
        {
            p.Add(Prefix + ".negative", path, "Le chiffre ne doit pas être négatif.", "The figure must not be negative.");
            return false;
        }

        return true;
    }

    private static void CheckCompanyKnown(string siren, string path, Dictionary<string, Company?> bySiren, ProblemCollector p)
    {
        if (Identifiers.Siren.Key(siren) is not string key || !bySiren.ContainsKey(key))
        {
            p.Add(Prefix + ".unknown-company", path, $"Aucune entreprise du jeu de données n'a le SIREN « {Shorten(siren)} ».", $"No company of the data set has the SIREN '{Shorten(siren)}'.");
        }
    }

    private static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Shorten(string text) => Internal.TextHelpers.Shorten(text);
}
