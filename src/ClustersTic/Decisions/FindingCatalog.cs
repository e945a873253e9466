using System;
using System.Collections.Generic;
using ClustersTic.Text;

namespace ClustersTic.Decisions;

/// <summary>What an argument of a finding holds, and so how its value is written.</summary>
internal enum FindingArgumentKind
{
    /// <summary>Text as the record had it (an id, a SIREN as given, a reason).</summary>
    Text,

    /// <summary>A date: ISO in JSON and arguments.</summary>
    Date,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A share, written as a percentage.</summary>
    Percent,

    /// <summary>A charter score out of 100, with one decimal.</summary>
    Score,

    /// <summary>A NAF code.</summary>
    NafCode,

    /// <summary>A valid SIREN.</summary>
    Siren,

    /// <summary>A valid SIRET.</summary>
    Siret,

    /// <summary>An enumeration value: its invariant name in JSON, its label (<see cref="Labels"/>) in text.</summary>
    Label,
}

/// <summary>One declared argument of a finding: its placeholder name and kind (and label table, for a label).</summary>
internal readonly struct FindingArgumentSpec
{
    private readonly Func<EnumLabels>? _labels;

    /// <param name="name">The placeholder name.</param>
    /// <param name="kind">How the value is shown.</param>
    /// <param name="labels">For a label, the label table of its enumeration, read when first needed (building
    /// the label tables is left out of a process's first decision, which shows no text).</param>
    public FindingArgumentSpec(string name, FindingArgumentKind kind, Func<EnumLabels>? labels = null)
    {
        Name = name;
        Kind = kind;
        _labels = labels;
    }

    public string Name { get; }

    public FindingArgumentKind Kind { get; }

    /// <summary>For a label, the label table of its enumeration.</summary>
    public EnumLabels? Labels => _labels?.Invoke();
}

/// <summary>The definition of a finding code: one row of the finding table.</summary>
internal sealed class FindingDefinition
{
    /// <summary>A row of the table; the rule id is the code's prefix (<c>CL-2</c> of <c>CL-2.company-club</c>).</summary>
    /// <exception cref="InvalidOperationException">The code has no rule prefix, or a text's placeholders are not
    /// exactly the declared arguments (a defect of the table: the type initialiser fails, so every test does).</exception>
    public FindingDefinition(string code, FindingSeverity severity, FindingStatus status, FindingArgumentSpec[] arguments, string french, string english)
    {
        int dot = code.IndexOf('.');
        if (dot <= 0)
        {
            throw new InvalidOperationException($"The finding code '{code}' has no rule prefix.");
        }

        Code = code;
        RuleId = code.Substring(0, dot);
        Severity = severity;
        Status = status;
        Arguments = arguments;
        Messages = new LocalizedText(Internal.FrenchTypography.Apply(french), english);
        CheckPlaceholders(french);
        CheckPlaceholders(english);
    }

    public string Code { get; }

    public string RuleId { get; }

    public FindingSeverity Severity { get; }

    public FindingStatus Status { get; }

    /// <summary>The declared arguments, in the order the rule gives them.</summary>
    public IReadOnlyList<FindingArgumentSpec> Arguments { get; }

    public LocalizedText Messages { get; }

    // Every {placeholder} of the text is a declared argument and every argument is used (a plain scan: no
    // regular expression or set is built at type initialisation, which a process's first decision pays for).
    private void CheckPlaceholders(string text)
    {
        for (int open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
        {
            int close = text.IndexOf('}', open + 1);
            string name = close < 0 ? text.Substring(open) : text.Substring(open + 1, close - open - 1);
            if (close < 0 || !IsDeclared(name))
            {
                throw new InvalidOperationException($"The text of '{Code}' uses the placeholder {{{name}}}, which the row does not declare: {text}");
            }
        }

        foreach (FindingArgumentSpec argument in Arguments)
        {
            if (text.IndexOf("{" + argument.Name + "}", StringComparison.Ordinal) < 0)
            {
                throw new InvalidOperationException($"The text of '{Code}' does not use the declared argument {{{argument.Name}}}: {text}");
            }
        }
    }

    private bool IsDeclared(string name)
    {
        foreach (FindingArgumentSpec argument in Arguments)
        {
            if (argument.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The finding table: every finding the library can produce — code, severity, status, argument kinds, French
/// and English text — one row each. The rule id is the code's prefix. From this table, at build time, the
/// generator (<c>eng/ClustersTic.Generators/FindingTableGenerator.cs</c>) derives the public
/// <see cref="FindingCodes"/> constants and the list of every row (<see cref="All"/>); labels of enumeration
/// arguments come from the one label table (<see cref="Labels"/>). Placeholders are written <c>{name}</c>.
/// </summary>
internal static partial class FindingCatalog
{
    private const FindingSeverity B = FindingSeverity.Blocking;
    private const FindingSeverity W = FindingSeverity.Warning;
    private const FindingSeverity I = FindingSeverity.Information;
    private const FindingStatus F = FindingStatus.Failed;
    private const FindingStatus U = FindingStatus.Unknown;
    private const FindingStatus N = FindingStatus.Information;

    // One field per finding code, so that rules reach their definitions without a lookup.
    // Cluster admission (rulebook §3).
    public static readonly FindingDefinition ClusterNoMembership = new("CL-1.no-membership", B, F, [Date("asOf")],
        "Aucune adhésion à France Clusters ne couvre le {asOf}.",
        "No France Clusters membership covers {asOf}.");

    public static readonly FindingDefinition ClusterMembershipUnknown = new("CL-1.membership-unknown", W, U, [],
        "Les adhésions à France Clusters ne sont pas renseignées.",
        "The France Clusters memberships are not given.");

    public static readonly FindingDefinition ClusterCompanyClub = new("CL-2.company-club", B, F, [],
        "Un club d'entreprises n'est pas dans une dynamique de cluster.",
        "A company club is not in a cluster dynamic.");

    public static readonly FindingDefinition ClusterIctUserAssociation = new("CL-2.ict-user-association", B, F, [],
        "Une association d'entreprises utilisatrices du numérique ne rassemble pas des prestataires.",
        "An association of companies that use ICT does not gather providers.");

    public static readonly FindingDefinition ClusterCioNetwork = new("CL-2.cio-network", B, F, [],
        "Un réseau de DSI ne rassemble pas des prestataires du numérique.",
        "A network of CIOs does not gather digital providers.");

    public static readonly FindingDefinition ClusterKindNotAdmitted = new("CL-2.kind-not-admitted", B, F, [Label("kind", () => Labels.OrganisationKindLabels)],
        "Le type d'organisation « {kind} » n'est ni un cluster ni un pôle de compétitivité.",
        "The organisation kind '{kind}' is neither a cluster nor a competitiveness pole.");

    public static readonly FindingDefinition ClusterKindUnknown = new("CL-2.kind-unknown", W, U, [],
        "Le type d'organisation n'est pas renseigné.",
        "The organisation kind is not given.");

    public static readonly FindingDefinition ClusterAudienceNotProviders = new("CL-3.audience-not-providers", B, F, [Label("audience", () => Labels.AudienceLabels)],
        "Le public déclaré (« {audience} ») n'est pas celui des prestataires du numérique.",
        "The declared audience ('{audience}') is not digital providers.");

    public static readonly FindingDefinition ClusterAudienceUnknown = new("CL-3.audience-unknown", W, U, [],
        "Le public déclaré n'est pas renseigné.",
        "The declared audience is not given.");

    public static readonly FindingDefinition ClusterProviderShareTooLow = new("CL-3.provider-share-too-low", B, F, [Number("providers"), Number("members"), Percent("share"), Percent("minimum")],
        "Prestataires du numérique : {providers} sur {members} adhérents ({share}), moins que le minimum de {minimum}.",
        "Digital providers: {providers} of {members} members ({share}), below the minimum of {minimum}.");

    public static readonly FindingDefinition ClusterProviderShareUnknown = new("CL-3.provider-share-unknown", W, U, [Percent("low"), Percent("high"), Number("unknown"), Percent("minimum")],
        "La part de prestataires du numérique est comprise entre {low} et {high} (adhérents d'activité inconnue : {unknown}) ; le minimum est de {minimum}.",
        "The share of digital providers is between {low} and {high} (members of unknown activity: {unknown}); the minimum is {minimum}.");

    public static readonly FindingDefinition ClusterRepeatedMember = new("CL-3.repeated-member", W, N, [Text("siren")],
        "L'adhérent {siren} figure plusieurs fois dans la liste des adhérents : il est compté une fois.",
        "The member {siren} is listed more than once: it is counted once.");

    public static readonly FindingDefinition ClusterMemberNafUnusable = new("CL-3.member-naf-unusable", W, N, [Text("member"), Text("code"), Label("reason", () => Labels.NafCodeStatusLabels)],
        "Le code d'activité « {code} » de l'adhérent {member} est inutilisable ({reason}) : son activité est comptée comme inconnue.",
        "The activity code '{code}' of the member {member} cannot be used ({reason}): its activity counts as unknown.");

    public static readonly FindingDefinition ClusterFounder = new("CL-2.founder", I, N, [Date("conventionDate")],
        "Cluster fondateur : réputé remplir CL-2 et CL-3, membre depuis la convention du {conventionDate}.",
        "Founding cluster: deemed to meet CL-2 and CL-3, a member since the convention of {conventionDate}.");

    public static readonly FindingDefinition ClusterPendingSignature = new("CL-4.pending-signature", I, N, [],
        "Éligible, en attente de la signature de la convention de partenariat : pas encore membre.",
        "Eligible, pending the signature of the partnership convention: not a member yet.");

    public static readonly FindingDefinition ClusterFounderConventionDate = new("CL-4.founder-convention-date", W, N, [Date("recorded"), Date("conventionDate")],
        "Cluster fondateur : la date de convention enregistrée ({recorded}) est remplacée par celle de la convention fondatrice, le {conventionDate}.",
        "Founding cluster: the recorded convention date ({recorded}) is replaced by that of the founding convention, {conventionDate}.");

    public static readonly FindingDefinition ClusterLeft = new("CL-4.left", B, F, [Date("leftOn")],
        "Le cluster a quitté le consortium le {leftOn}.",
        "The cluster left the consortium on {leftOn}.");

    // Company eligibility (rulebook §4).
    public static readonly FindingDefinition CompanySirenInvalid = new("CO-1.siren-invalid", B, F, [Text("siren"), Label("reason", () => Labels.ParseFailureLabels)],
        "Le SIREN « {siren} » n'est pas valide ({reason}).",
        "The SIREN '{siren}' is not valid ({reason}).");

    public static readonly FindingDefinition CompanySirenMissing = new("CO-1.siren-missing", W, U, [],
        "Le SIREN n'est pas renseigné.",
        "The SIREN is not given.");

    public static readonly FindingDefinition CompanySiretInvalid = new("CO-1.siret-invalid", B, F, [Text("siret"), Label("reason", () => Labels.ParseFailureLabels)],
        "Le SIRET « {siret} » n'est pas valide ({reason}).",
        "The SIRET '{siret}' is not valid ({reason}).");

    public static readonly FindingDefinition CompanySiretOtherSiren = new("CO-1.siret-other-siren", B, F, [Siret("siret"), Siren("siren")],
        "Le SIRET {siret} n'appartient pas au SIREN {siren}.",
        "The SIRET {siret} does not belong to the SIREN {siren}.");

    public static readonly FindingDefinition CompanyCeased = new("CO-2.ceased", B, F, [Date("ceasedOn")],
        "L'entreprise a cessé son activité le {ceasedOn}.",
        "The company ceased trading on {ceasedOn}.");

    public static readonly FindingDefinition CompanyCeasedDateUnknown = new("CO-2.ceased-date-unknown", W, U, [],
        "L'entreprise est déclarée cessée, sans date de cessation.",
        "The company is declared ceased, with no date.");

    public static readonly FindingDefinition CompanyStateUnknown = new("CO-2.state-unknown", W, U, [],
        "L'état administratif de l'entreprise n'est pas renseigné.",
        "The company's administrative state is not given.");

    public static readonly FindingDefinition CompanyNotYetCreated = new("CO-2.not-yet-created", B, F, [Date("asOf"), Date("createdOn")],
        "L'entreprise n'existe pas encore au {asOf} (créée le {createdOn}).",
        "The company does not exist yet on {asOf} (created on {createdOn}).");

    public static readonly FindingDefinition CompanyActiveWithCessationDate = new("CO-2.active-with-cessation-date", W, N, [Date("ceasedOn")],
        "L'entreprise est déclarée active mais a une date de cessation ({ceasedOn}) : elle est considérée comme cessée à partir de cette date.",
        "The company is recorded as active but has a cessation date ({ceasedOn}): it is read as ceased from that date.");

    public static readonly FindingDefinition CompanyCeasedBeforeCreated = new("CO-2.ceased-before-created", W, U, [Date("ceasedOn"), Date("createdOn")],
        "La date de cessation ({ceasedOn}) est antérieure à la date de création ({createdOn}) : l'activité de l'entreprise ne peut pas être établie.",
        "The cessation date ({ceasedOn}) is before the creation date ({createdOn}): whether the company is active cannot be established.");

    public static readonly FindingDefinition CompanyNoMemberCluster = new("CO-3.no-member-cluster", B, F, [Date("asOf")],
        "L'entreprise n'adhère, au {asOf}, à aucun cluster membre du consortium.",
        "On {asOf}, the company belongs to no member cluster of the consortium.");

    public static readonly FindingDefinition CompanyClusterNotMember = new("CO-3.cluster-not-member", I, N, [Text("clusterId"), Date("asOf")],
        "Le cluster « {clusterId} » n'est pas membre du consortium au {asOf} : cette adhésion ne compte pas.",
        "The cluster '{clusterId}' is not a member of the consortium on {asOf}: this membership does not count.");

    public static readonly FindingDefinition CompanyClusterUnknown = new("CO-3.cluster-unknown", W, U, [Text("clusterId")],
        "Le cluster « {clusterId} » est inconnu : l'adhésion ne peut pas être vérifiée.",
        "The cluster '{clusterId}' is unknown: the membership cannot be checked.");

    public static readonly FindingDefinition CompanyMembershipsUnknown = new("CO-3.memberships-unknown", W, U, [],
        "Les adhésions de l'entreprise à des clusters ne sont pas renseignées.",
        "The company's cluster memberships are not given.");

    public static readonly FindingDefinition CompanyClusterAdmissionIncomplete = new("CO-3.cluster-admission-incomplete", W, U, [Text("clusterId"), Date("asOf")],
        "L'admission du cluster « {clusterId} » ne peut pas être établie au {asOf} : l'adhésion ne peut pas être vérifiée.",
        "The admission of the cluster '{clusterId}' cannot be established on {asOf}: the membership cannot be checked.");

    public static readonly FindingDefinition CompanyNotDigital = new("CO-4.not-digital", B, F, [Naf("code")],
        "Le code d'activité {code} n'est pas dans le secteur du numérique, et aucune dérogation valable n'a été accordée.",
        "The activity code {code} is not in the digital sector, and no valid derogation was granted.");

    public static readonly FindingDefinition CompanyActivityUnknown = new("CO-4.activity-unknown", W, U, [],
        "Le code d'activité (NAF) n'est pas renseigné.",
        "The activity code (NAF) is not given.");

    public static readonly FindingDefinition CompanyNafInvalid = new("CO-4.naf-invalid", W, U, [Text("code")],
        "Le code d'activité « {code} » n'est pas un code NAF bien formé.",
        "The activity code '{code}' is not a well-formed NAF code.");

    public static readonly FindingDefinition CompanyNafNotInNomenclature = new("CO-4.naf-not-in-nomenclature", W, U, [Naf("code"), Label("nomenclature", () => Labels.NomenclatureLabels)],
        "Le code d'activité {code} n'existe pas dans la nomenclature {nomenclature} : l'activité ne peut pas être établie.",
        "The activity code {code} does not exist in the {nomenclature} nomenclature: the activity cannot be established.");

    public static readonly FindingDefinition CompanyNafInOtherNomenclature = new("CO-4.naf-in-other-nomenclature", W, U, [Naf("code"), Label("nomenclature", () => Labels.NomenclatureLabels), Label("other", () => Labels.NomenclatureLabels)],
        "Le code d'activité {code} n'existe pas dans la nomenclature {nomenclature}, mais il existe dans la nomenclature {other} : l'activité ne peut pas être établie tant que le code n'est pas enregistré comme code {other}.",
        "The activity code {code} does not exist in the {nomenclature} nomenclature but does in the {other} nomenclature: the activity cannot be established until the code is recorded as a {other} code.");

    public static readonly FindingDefinition CompanyNafFormerNomenclature = new("CO-4.naf-former-nomenclature", W, U, [Text("code")],
        "Le code d'activité « {code} » est un code de l'ancienne nomenclature (NAF rév. 1) : il faut le code NAF rév. 2 ou NAF 2025.",
        "The activity code '{code}' is a code of the former nomenclature (NAF rev. 1): the NAF rev. 2 or NAF 2025 code is needed.");

    public static readonly FindingDefinition CompanyDerogation = new("CO-4.derogation", I, N, [Text("clusterId"), Date("grantedOn")],
        "Prestataire du numérique par dérogation du cluster « {clusterId} » accordée le {grantedOn}.",
        "A digital provider by derogation of the cluster '{clusterId}' granted on {grantedOn}.");

    public static readonly FindingDefinition CompanyDerogationIgnored = new("CO-4.derogation-ignored", I, N, [Text("clusterId"), Date("asOf")],
        "La dérogation du cluster « {clusterId} » est ignorée : il lui manque une justification écrite ou une date antérieure au {asOf}.",
        "The derogation of the cluster '{clusterId}' is ignored: it lacks a written justification or a date on or before {asOf}.");

    public static readonly FindingDefinition CompanySizeUnknown = new("CO-5.size-unknown", I, N, [],
        "La catégorie d'entreprise ne peut pas être déterminée avec les exercices fournis.",
        "The company size category cannot be determined from the closed years given.");

    public static readonly FindingDefinition CompanySizeUnknownRestricted = new("CO-5.size-unknown-restricted", W, U, [],
        "La catégorie d'entreprise ne peut pas être déterminée, et seules certaines catégories sont éligibles.",
        "The company size category cannot be determined, and only some categories are eligible.");

    public static readonly FindingDefinition CompanySizeNotEligible = new("CO-5.size-not-eligible", B, F, [Label("category", () => Labels.SizeLabels)],
        "La catégorie d'entreprise « {category} » n'est pas éligible.",
        "The company size category '{category}' is not eligible.");

    public static readonly FindingDefinition CompanyYearNotClosed = new("CO-5.year-not-closed", I, N, [Number("year"), Date("asOf")],
        "L'exercice {year} n'est pas clos au {asOf} : il est ignoré.",
        "The year {year} is not closed on {asOf}: it is ignored.");

    // Charter scoring (rulebook §6.1–6.3).
    public static readonly FindingDefinition AnswerMissing = new("SC-1.answer-missing", W, U, [Text("criterion")],
        "Aucune réponse au critère {criterion} : il est compté comme inconnu.",
        "No answer to the criterion {criterion}: it counts as unknown.");

    public static readonly FindingDefinition AnswerUnknownCriterion = new("SC-1.unknown-criterion", W, N, [Text("criterion"), Text("charter")],
        "La réponse au critère « {criterion} » est ignorée : la version {charter} de la charte n'a pas ce critère.",
        "The answer to the criterion '{criterion}' is ignored: version {charter} of the charter has no such criterion.");

    public static readonly FindingDefinition AnswerDuplicate = new("SC-1.duplicate-answer", W, U, [Text("criterion")],
        "Le critère {criterion} a plusieurs réponses : il est compté comme inconnu.",
        "The criterion {criterion} is answered more than once: it counts as unknown.");

    public static readonly FindingDefinition AnswerNotApplicableNotAllowed = new("SC-1.na-not-allowed", W, F, [Text("criterion")],
        "Le critère {criterion} ne peut pas être déclaré sans objet : il est compté comme non satisfait.",
        "The criterion {criterion} cannot be answered N/A: it counts as unmet.");

    public static readonly FindingDefinition AnswerNotApplicableWithoutJustification = new("SC-1.na-without-justification", W, U, [Text("criterion")],
        "Le critère {criterion} est déclaré sans objet sans justification : il est compté comme inconnu.",
        "The criterion {criterion} is answered N/A without a justification: it counts as unknown.");

    public static readonly FindingDefinition AnswerMetWithoutEvidence = new("SC-1.met-without-evidence", W, U, [Text("criterion")],
        "Le critère {criterion} est déclaré satisfait sans la preuve requise : il est compté comme inconnu.",
        "The criterion {criterion} is answered met without the required evidence: it counts as unknown.");

    public static readonly FindingDefinition AssessmentCharterMismatch = new("SC-1.charter-mismatch", W, N, [Text("assessed"), Text("charter")],
        "L'évaluation répond à la version {assessed} de la charte, mais elle est notée avec la version {charter}.",
        "The assessment answers version {assessed} of the charter, but it is scored with version {charter}.");

    public static readonly FindingDefinition MustNotMet = new("SC-3.must-not-met", B, F, [Text("criterion")],
        "Le critère obligatoire {criterion} n'est pas satisfait.",
        "The MUST criterion {criterion} is not met.");

    public static readonly FindingDefinition ScoreBelowConfirmed = new("SC-3.score-below-confirmed", I, N, [Score("score"), Score("minimum")],
        "Score de {score} : il faut au moins {minimum} pour le niveau Confirmé.",
        "Score of {score}: at least {minimum} is needed for the Confirmed level.");

    public static readonly FindingDefinition CategoryBelowMinimum = new("SC-3.category-below-minimum", I, N, [Text("category"), Score("score"), Score("minimum")],
        "La catégorie « {category} » a un score de {score} : il faut au moins {minimum} dans chaque catégorie pour le niveau Confirmé.",
        "The category '{category}' scores {score}: every category needs at least {minimum} for the Confirmed level.");

    public static readonly FindingDefinition ScoreBelowExemplary = new("SC-3.score-below-exemplary", I, N, [Score("score"), Score("minimum")],
        "Score de {score} : il faut au moins {minimum} pour le niveau Exemplaire.",
        "Score of {score}: at least {minimum} is needed for the Exemplary level.");

    public static readonly FindingDefinition KindNotExemplary = new("SC-3.kind-not-exemplary", I, N, [Label("kind", () => Labels.AssessmentKindLabels)],
        "Le niveau Exemplaire demande une revue par les pairs ou un audit externe ; cette évaluation est une {kind}.",
        "The Exemplary level needs a peer review or an external audit; this assessment is a {kind}.");

    public static readonly FindingDefinition NoApplicableCriteria = new("SC-2.no-applicable-criteria", I, N, [],
        "Aucun critère applicable : pas de score, niveau limité à Signataire.",
        "No applicable criterion: no score, and the level is at most Signatory.");

    // Signature lifecycle (rulebook §7).
    public static readonly FindingDefinition SignatureNotGranted = new("LC-1.not-granted", I, N, [Date("grantedOn")],
        "La signature n'est accordée qu'à partir du {grantedOn}.",
        "The signature is only granted from {grantedOn}.");

    public static readonly FindingDefinition SignatureRenewed = new("LC-6.renewed", I, N, [Date("assessedOn"), Date("from"), Date("until")],
        "Signature renouvelée par l'évaluation du {assessedOn} : nouvelle période du {from} au {until}.",
        "Signature renewed by the assessment of {assessedOn}: new period from {from} until {until}.");

    public static readonly FindingDefinition RenewalNotCounted = new("LC-6.renewal-not-counted", I, N, [Date("assessedOn"), Date("opens"), Date("closes")],
        "L'évaluation du {assessedOn} ne renouvelle pas la signature : elle doit être au niveau Signataire ou plus et datée entre le {opens} et le {closes}.",
        "The assessment of {assessedOn} does not renew the signature: it must be at Signatory level or above and dated from {opens} to {closes}.");

    public static readonly FindingDefinition ReviewDue = new("LC-2.review-due", W, N, [Date("anniversary"), Date("closes")],
        "Revue annuelle due pour l'anniversaire du {anniversary} : la fenêtre se ferme le {closes}.",
        "Annual review due for the anniversary of {anniversary}: the window closes on {closes}.");

    public static readonly FindingDefinition ReviewMissed = new("LC-2.review-missed", B, F, [Date("anniversary"), Date("closes")],
        "Revue annuelle de l'anniversaire du {anniversary} non remise avant la fermeture de la fenêtre le {closes} : signature suspendue.",
        "Annual review for the anniversary of {anniversary} not given before the window closed on {closes}: signature suspended.");

    public static readonly FindingDefinition ReviewTooEarly = new("LC-2.review-too-early", I, N, [Date("reviewedOn"), Date("opens")],
        "La revue du {reviewedOn} est antérieure à l'ouverture de la fenêtre ({opens}) : elle ne compte pas.",
        "The review of {reviewedOn} is before its window opened ({opens}): it does not count.");

    public static readonly FindingDefinition ReviewBeforeGrant = new("LC-2.review-before-grant", W, N, [Date("reviewedOn"), Date("grantedOn")],
        "La revue du {reviewedOn} est antérieure à l'octroi de la signature le {grantedOn} : elle est ignorée.",
        "The review of {reviewedOn} is before the signature was granted on {grantedOn}: it is ignored.");

    public static readonly FindingDefinition ReviewsUnknown = new("LC-2.reviews-unknown", W, U, [Date("anniversary")],
        "Les revues annuelles ne sont pas renseignées : la revue de l'anniversaire du {anniversary} ne peut pas être vérifiée.",
        "The annual reviews are not given: the review for the anniversary of {anniversary} cannot be checked.");

    public static readonly FindingDefinition MinorBecameMajor = new("LC-3.minor-became-major", W, N, [Text("id"), Date("deadline"), Date("becameMajorOn")],
        "La non-conformité mineure {id}, non levée au {deadline}, est devenue majeure le {becameMajorOn}.",
        "The minor non-conformity {id}, not lifted by {deadline}, became major on {becameMajorOn}.");

    public static readonly FindingDefinition MajorOpen = new("LC-3.major-open", W, N, [Text("id"), Date("deadline")],
        "Non-conformité majeure {id} ouverte, à lever au plus tard le {deadline} : niveau affiché limité à Signataire.",
        "Major non-conformity {id} open, to be lifted by {deadline}: the level shown is at most Signatory.");

    public static readonly FindingDefinition MajorOverdue = new("LC-3.major-overdue", B, F, [Text("id"), Date("deadline")],
        "Non-conformité majeure {id} non levée au {deadline} : signature suspendue.",
        "Major non-conformity {id} not lifted by {deadline}: signature suspended.");

    public static readonly FindingDefinition MinorOpen = new("LC-3.minor-open", I, N, [Text("id"), Date("deadline")],
        "Non-conformité mineure {id} ouverte, à lever au plus tard le {deadline}.",
        "Minor non-conformity {id} open, to be lifted by {deadline}.");

    public static readonly FindingDefinition NonConformityBeforeGrant = new("LC-3.non-conformity-before-grant", W, N, [Text("id"), Date("raisedOn"), Date("grantedOn")],
        "La non-conformité {id}, relevée le {raisedOn}, est antérieure à l'octroi de la signature le {grantedOn} : elle est ignorée.",
        "The non-conformity {id}, raised on {raisedOn}, is before the signature was granted on {grantedOn}: it is ignored.");

    public static readonly FindingDefinition DeadlineBeyondCalendar = new("LC-3.deadline-beyond-calendar", W, U, [Text("id"), Date("raisedOn")],
        "Le délai de levée de la non-conformité {id}, relevée le {raisedOn}, dépasse le 31 décembre 9999 : il ne peut pas être calculé.",
        "The deadline of the non-conformity {id}, raised on {raisedOn}, is after 31 December 9999: it cannot be computed.");

    public static readonly FindingDefinition MembershipEnded = new("LC-4.membership-ended", B, F, [Date("asOf")],
        "Aucune adhésion de l'entreprise à un cluster ne couvre le {asOf} : signature suspendue.",
        "No cluster membership of the company covers {asOf}: signature suspended.");

    public static readonly FindingDefinition MembershipsUnknown = new("LC-4.memberships-unknown", W, U, [],
        "Les adhésions de l'entreprise à des clusters ne sont pas renseignées : la condition d'adhésion ne peut pas être vérifiée.",
        "The company's cluster memberships are not given: the membership condition cannot be checked.");

    public static readonly FindingDefinition SignatureExpired = new("LC-5.expired", B, F, [Date("expiredOn")],
        "La signature a expiré le {expiredOn}.",
        "The signature expired on {expiredOn}.");

    public static readonly FindingDefinition SignatureWithdrawn = new("LC-5.withdrawn", B, F, [Date("withdrawnOn"), Text("reason")],
        "La signature a été retirée le {withdrawnOn} : {reason}.",
        "The signature was withdrawn on {withdrawnOn}: {reason}.");

    public static readonly FindingDefinition WithdrawalBeforeGrant = new("LC-5.withdrawal-before-grant", W, N, [Date("withdrawnOn"), Date("grantedOn")],
        "Le retrait du {withdrawnOn} est antérieur à l'octroi de la signature le {grantedOn} : il est ignoré.",
        "The withdrawal of {withdrawnOn} is before the signature was granted on {grantedOn}: it is ignored.");

    public static readonly FindingDefinition ExpiryBeyondCalendar = new("LC-5.expiry-beyond-calendar", W, U, [Date("from")],
        "La date d'expiration de la période commencée le {from} dépasse le 31 décembre 9999 : elle ne peut pas être calculée.",
        "The expiry date of the period that started on {from} is after 31 December 9999: it cannot be computed.");

    /// <summary>Every row of the table, in table order.</summary>
    public static IReadOnlyList<FindingDefinition> All => Table.Rows;

    /// <summary>The row of a code.</summary>
    /// <exception cref="InvalidOperationException">The code is not in the table.</exception>
    public static FindingDefinition Get(string code) =>
        Table.ByCode.TryGetValue(code, out FindingDefinition? definition)
            ? definition
            : throw new InvalidOperationException($"The finding code '{code}' is not in the catalogue.");

    private static FindingArgumentSpec Text(string name) => new(name, FindingArgumentKind.Text);

    private static FindingArgumentSpec Date(string name) => new(name, FindingArgumentKind.Date);

    private static FindingArgumentSpec Number(string name) => new(name, FindingArgumentKind.Number);

    private static FindingArgumentSpec Percent(string name) => new(name, FindingArgumentKind.Percent);

    private static FindingArgumentSpec Score(string name) => new(name, FindingArgumentKind.Score);

    private static FindingArgumentSpec Naf(string name) => new(name, FindingArgumentKind.NafCode);

    private static FindingArgumentSpec Siren(string name) => new(name, FindingArgumentKind.Siren);

    private static FindingArgumentSpec Siret(string name) => new(name, FindingArgumentKind.Siret);

    private static FindingArgumentSpec Label(string name, Func<EnumLabels> labels) => new(name, FindingArgumentKind.Label, labels);

    /// <summary>The rows as a list and by code, built after the rows themselves (a nested type is initialised
    /// on first use, when the fields above are set).</summary>
    private static class Table
    {
        public static readonly FindingDefinition[] Rows = AllRows();

        public static readonly Dictionary<string, FindingDefinition> ByCode = Index(Rows);

        private static Dictionary<string, FindingDefinition> Index(FindingDefinition[] definitions)
        {
            var index = new Dictionary<string, FindingDefinition>(definitions.Length, StringComparer.Ordinal);
            foreach (FindingDefinition definition in definitions)
            {
                index.Add(definition.Code, definition);
            }

            return index;
        }
    }
}
