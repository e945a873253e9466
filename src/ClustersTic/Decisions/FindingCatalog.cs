using System;
using System.Collections.Generic;
using ClustersTic.Text;

namespace ClustersTic.Decisions;

/// <summary>The definition of a finding code: its rule, severity, status and messages.</summary>
internal sealed class FindingDefinition
{
    public FindingDefinition(string code, string ruleId, FindingSeverity severity, FindingStatus status, string french, string english)
    {
        Code = code;
        RuleId = ruleId;
        Severity = severity;
        Status = status;
        Messages = new LocalizedText(french, english);
    }

    public string Code { get; }

    public string RuleId { get; }

    public FindingSeverity Severity { get; }

    public FindingStatus Status { get; }

    public LocalizedText Messages { get; }
}

/// <summary>
/// Every finding the library can produce, with its messages in French and English. Placeholders are
/// written <c>{name}</c> and filled from the finding's arguments when the text is rendered.
/// </summary>
internal static class FindingCatalog
{
    private const FindingSeverity B = FindingSeverity.Blocking;
    private const FindingSeverity W = FindingSeverity.Warning;
    private const FindingSeverity I = FindingSeverity.Information;
    private const FindingStatus F = FindingStatus.Failed;
    private const FindingStatus U = FindingStatus.Unknown;
    private const FindingStatus N = FindingStatus.Information;

    // One field per finding code, so that rules reach their definitions without a lookup.
    // Cluster admission (rulebook §3).
    public static readonly FindingDefinition ClusterNoMembership = new(FindingCodes.ClusterNoMembership, "CL-1", B, F,
        "Aucune adhésion à France Clusters ne couvre le {asOf}.",
        "No France Clusters membership covers {asOf}.");

    public static readonly FindingDefinition ClusterMembershipUnknown = new(FindingCodes.ClusterMembershipUnknown, "CL-1", W, U,
        "Les adhésions à France Clusters ne sont pas renseignées.",
        "The France Clusters memberships are not given.");

    public static readonly FindingDefinition ClusterCompanyClub = new(FindingCodes.ClusterCompanyClub, "CL-2", B, F,
        "Un club d'entreprises n'est pas dans une dynamique de cluster.",
        "A company club is not in a cluster dynamic.");

    public static readonly FindingDefinition ClusterIctUserAssociation = new(FindingCodes.ClusterIctUserAssociation, "CL-2", B, F,
        "Une association d'entreprises utilisatrices du numérique ne rassemble pas des prestataires.",
        "An association of companies that use ICT does not gather providers.");

    public static readonly FindingDefinition ClusterCioNetwork = new(FindingCodes.ClusterCioNetwork, "CL-2", B, F,
        "Un réseau de DSI ne rassemble pas des prestataires du numérique.",
        "A network of CIOs does not gather digital providers.");

    public static readonly FindingDefinition ClusterKindNotAdmitted = new(FindingCodes.ClusterKindNotAdmitted, "CL-2", B, F,
        "Le type d'organisation « {kind} » n'est ni un cluster ni un pôle de compétitivité.",
        "The organisation kind '{kind}' is neither a cluster nor a competitiveness pole.");

    public static readonly FindingDefinition ClusterKindUnknown = new(FindingCodes.ClusterKindUnknown, "CL-2", W, U,
        "Le type d'organisation n'est pas renseigné.",
        "The organisation kind is not given.");

    public static readonly FindingDefinition ClusterAudienceNotProviders = new(FindingCodes.ClusterAudienceNotProviders, "CL-3", B, F,
        "Le public déclaré (« {audience} ») n'est pas celui des prestataires du numérique.",
        "The declared audience ('{audience}') is not digital providers.");

    public static readonly FindingDefinition ClusterAudienceUnknown = new(FindingCodes.ClusterAudienceUnknown, "CL-3", W, U,
        "Le public déclaré n'est pas renseigné.",
        "The declared audience is not given.");

    public static readonly FindingDefinition ClusterProviderShareTooLow = new(FindingCodes.ClusterProviderShareTooLow, "CL-3", B, F,
        "Prestataires du numérique : {providers} adhérent(s) sur {members} ({share}), moins que le minimum de {minimum}.",
        "Only {providers} of {members} members are digital providers ({share}), below the minimum of {minimum}.");

    public static readonly FindingDefinition ClusterProviderShareUnknown = new(FindingCodes.ClusterProviderShareUnknown, "CL-3", W, U,
        "La part de prestataires du numérique est entre {low} et {high} ({unknown} adhérents d'activité inconnue) ; le minimum est {minimum}.",
        "The share of digital providers is between {low} and {high} ({unknown} members of unknown activity); the minimum is {minimum}.");

    public static readonly FindingDefinition ClusterRepeatedMember = new(FindingCodes.ClusterRepeatedMember, "CL-3", W, N,
        "L'adhérent {siren} figure plusieurs fois dans la liste des adhérents : il est compté une fois.",
        "The member {siren} is listed more than once: it is counted once.");

    public static readonly FindingDefinition ClusterFounder = new(FindingCodes.ClusterFounder, "CL-2", I, N,
        "Cluster fondateur : réputé remplir CL-2 et CL-3, membre depuis la convention du {conventionDate}.",
        "Founding cluster: deemed to meet CL-2 and CL-3, a member since the convention of {conventionDate}.");

    public static readonly FindingDefinition ClusterPendingSignature = new(FindingCodes.ClusterPendingSignature, "CL-4", I, N,
        "Éligible, en attente de la signature de la convention de partenariat : pas encore membre.",
        "Eligible, pending the signature of the partnership convention: not a member yet.");

    public static readonly FindingDefinition ClusterFounderConventionDate = new(FindingCodes.ClusterFounderConventionDate, "CL-4", W, N,
        "Cluster fondateur : la date de convention enregistrée ({recorded}) est remplacée par celle de la convention fondatrice, le {conventionDate}.",
        "Founding cluster: the recorded convention date ({recorded}) is replaced by that of the founding convention, {conventionDate}.");

    public static readonly FindingDefinition ClusterLeft = new(FindingCodes.ClusterLeft, "CL-4", B, F,
        "Le cluster a quitté le consortium le {leftOn}.",
        "The cluster left the consortium on {leftOn}.");

    // Company eligibility (rulebook §4).
    public static readonly FindingDefinition CompanySirenInvalid = new(FindingCodes.CompanySirenInvalid, "CO-1", B, F,
        "Le SIREN « {siren} » n'est pas valide ({reason}).",
        "The SIREN '{siren}' is not valid ({reason}).");

    public static readonly FindingDefinition CompanySirenMissing = new(FindingCodes.CompanySirenMissing, "CO-1", W, U,
        "Le SIREN n'est pas renseigné.",
        "The SIREN is not given.");

    public static readonly FindingDefinition CompanySiretInvalid = new(FindingCodes.CompanySiretInvalid, "CO-1", B, F,
        "Le SIRET « {siret} » n'est pas valide ({reason}).",
        "The SIRET '{siret}' is not valid ({reason}).");

    public static readonly FindingDefinition CompanySiretOtherSiren = new(FindingCodes.CompanySiretOtherSiren, "CO-1", B, F,
        "Le SIRET {siret} n'appartient pas au SIREN {siren}.",
        "The SIRET {siret} does not belong to the SIREN {siren}.");

    public static readonly FindingDefinition CompanyCeased = new(FindingCodes.CompanyCeased, "CO-2", B, F,
        "L'entreprise a cessé son activité le {ceasedOn}.",
        "The company ceased trading on {ceasedOn}.");

    public static readonly FindingDefinition CompanyCeasedDateUnknown = new(FindingCodes.CompanyCeasedDateUnknown, "CO-2", W, U,
        "L'entreprise est déclarée cessée, sans date de cessation.",
        "The company is declared ceased, with no date.");

    public static readonly FindingDefinition CompanyStateUnknown = new(FindingCodes.CompanyStateUnknown, "CO-2", W, U,
        "L'état administratif de l'entreprise n'est pas renseigné.",
        "The company's administrative state is not given.");

    public static readonly FindingDefinition CompanyNotYetCreated = new(FindingCodes.CompanyNotYetCreated, "CO-2", B, F,
        "L'entreprise n'existe pas encore au {asOf} (créée le {createdOn}).",
        "The company does not exist yet on {asOf} (created on {createdOn}).");

    public static readonly FindingDefinition CompanyActiveWithCessationDate = new(FindingCodes.CompanyActiveWithCessationDate, "CO-2", W, N,
        "L'entreprise est déclarée active mais a une date de cessation ({ceasedOn}) : elle est considérée comme cessée à partir de cette date.",
        "The company is recorded as active but has a cessation date ({ceasedOn}): it is read as ceased from that date.");

    public static readonly FindingDefinition CompanyCeasedBeforeCreated = new(FindingCodes.CompanyCeasedBeforeCreated, "CO-2", W, U,
        "La date de cessation ({ceasedOn}) est antérieure à la date de création ({createdOn}) : l'activité de l'entreprise ne peut pas être établie.",
        "The cessation date ({ceasedOn}) is before the creation date ({createdOn}): whether the company is active cannot be established.");

    public static readonly FindingDefinition CompanyNoMemberCluster = new(FindingCodes.CompanyNoMemberCluster, "CO-3", B, F,
        "L'entreprise n'adhère, au {asOf}, à aucun cluster membre du consortium.",
        "On {asOf}, the company is not an adherent of any member cluster of the consortium.");

    public static readonly FindingDefinition CompanyClusterNotMember = new(FindingCodes.CompanyClusterNotMember, "CO-3", I, N,
        "Le cluster « {clusterId} » n'est pas membre du consortium au {asOf} : cette adhésion ne compte pas.",
        "The cluster '{clusterId}' is not a member of the consortium on {asOf}: this membership does not count.");

    public static readonly FindingDefinition CompanyClusterUnknown = new(FindingCodes.CompanyClusterUnknown, "CO-3", W, U,
        "Le cluster « {clusterId} » est inconnu : l'adhésion ne peut pas être vérifiée.",
        "The cluster '{clusterId}' is unknown: the membership cannot be checked.");

    public static readonly FindingDefinition CompanyMembershipsUnknown = new(FindingCodes.CompanyMembershipsUnknown, "CO-3", W, U,
        "Les adhésions de l'entreprise à des clusters ne sont pas renseignées.",
        "The company's cluster memberships are not given.");

    public static readonly FindingDefinition CompanyClusterAdmissionIncomplete = new(FindingCodes.CompanyClusterAdmissionIncomplete, "CO-3", W, U,
        "L'admission du cluster « {clusterId} » ne peut pas être établie au {asOf} : l'adhésion ne peut pas être vérifiée.",
        "The admission of the cluster '{clusterId}' cannot be established on {asOf}: the membership cannot be checked.");

    public static readonly FindingDefinition CompanyNotDigital = new(FindingCodes.CompanyNotDigital, "CO-4", B, F,
        "Le code d'activité {code} n'est pas dans le secteur du numérique, et aucune dérogation valable n'a été accordée.",
        "The activity code {code} is not in the digital sector, and no valid derogation was granted.");

    public static readonly FindingDefinition CompanyActivityUnknown = new(FindingCodes.CompanyActivityUnknown, "CO-4", W, U,
        "Le code d'activité (NAF) n'est pas renseigné.",
        "The activity code (NAF) is not given.");

    public static readonly FindingDefinition CompanyNafInvalid = new(FindingCodes.CompanyNafInvalid, "CO-4", W, U,
        "Le code d'activité « {code} » n'est pas un code NAF bien formé.",
        "The activity code '{code}' is not a well-formed NAF code.");

    public static readonly FindingDefinition CompanyDerogation = new(FindingCodes.CompanyDerogation, "CO-4", I, N,
        "Prestataire du numérique par dérogation du cluster « {clusterId} » accordée le {grantedOn}.",
        "A digital provider by derogation of the cluster '{clusterId}' granted on {grantedOn}.");

    public static readonly FindingDefinition CompanyDerogationIgnored = new(FindingCodes.CompanyDerogationIgnored, "CO-4", I, N,
        "La dérogation du cluster « {clusterId} » est ignorée : il lui manque une justification écrite ou une date antérieure au {asOf}.",
        "The derogation of the cluster '{clusterId}' is ignored: it lacks a written justification or a date on or before {asOf}.");

    public static readonly FindingDefinition CompanySizeUnknown = new(FindingCodes.CompanySizeUnknown, "CO-5", I, N,
        "La catégorie d'entreprise ne peut pas être déterminée avec les exercices fournis.",
        "The company size category cannot be determined from the closed years given.");

    public static readonly FindingDefinition CompanySizeUnknownRestricted = new(FindingCodes.CompanySizeUnknownRestricted, "CO-5", W, U,
        "La catégorie d'entreprise ne peut pas être déterminée, et seules certaines catégories sont éligibles.",
        "The company size category cannot be determined, and only some categories are eligible.");

    public static readonly FindingDefinition CompanySizeNotEligible = new(FindingCodes.CompanySizeNotEligible, "CO-5", B, F,
        "La catégorie d'entreprise « {category} » n'est pas éligible.",
        "The company size category '{category}' is not eligible.");

    public static readonly FindingDefinition CompanyYearNotClosed = new(FindingCodes.CompanyYearNotClosed, "CO-5", I, N,
        "L'exercice {year} n'est pas clos au {asOf} : il est ignoré.",
        "The year {year} is not closed on {asOf}: it is ignored.");

    // Charter scoring (rulebook §6.1–6.3).
    public static readonly FindingDefinition AnswerMissing = new(FindingCodes.AnswerMissing, "SC-1", W, U,
        "Aucune réponse au critère {criterion} : compté comme inconnu.",
        "No answer to the criterion {criterion}: counted as unknown.");

    public static readonly FindingDefinition AnswerUnknownCriterion = new(FindingCodes.AnswerUnknownCriterion, "SC-1", W, N,
        "La réponse au critère « {criterion} » est ignorée : la version {charter} de la charte n'a pas ce critère.",
        "The answer to the criterion '{criterion}' is ignored: version {charter} of the charter has no such criterion.");

    public static readonly FindingDefinition AnswerDuplicate = new(FindingCodes.AnswerDuplicate, "SC-1", W, U,
        "Le critère {criterion} a plusieurs réponses : compté comme inconnu.",
        "The criterion {criterion} is answered more than once: counted as unknown.");

    public static readonly FindingDefinition AnswerNotApplicableNotAllowed = new(FindingCodes.AnswerNotApplicableNotAllowed, "SC-1", W, F,
        "Le critère {criterion} ne peut pas être déclaré sans objet : compté comme non satisfait.",
        "The criterion {criterion} cannot be answered N/A: counted as unmet.");

    public static readonly FindingDefinition AnswerNotApplicableWithoutJustification = new(FindingCodes.AnswerNotApplicableWithoutJustification, "SC-1", W, U,
        "Le critère {criterion} est déclaré sans objet sans justification : compté comme inconnu.",
        "The criterion {criterion} is answered N/A without a justification: counted as unknown.");

    public static readonly FindingDefinition AnswerMetWithoutEvidence = new(FindingCodes.AnswerMetWithoutEvidence, "SC-1", W, U,
        "Le critère {criterion} est déclaré satisfait sans la preuve requise : compté comme inconnu.",
        "The criterion {criterion} is answered met without the required evidence: counted as unknown.");

    public static readonly FindingDefinition AssessmentCharterMismatch = new(FindingCodes.AssessmentCharterMismatch, "SC-1", W, N,
        "L'évaluation répond à la version {assessed} de la charte, mais elle est notée avec la version {charter}.",
        "The assessment answers version {assessed} of the charter, but it is scored with version {charter}.");

    public static readonly FindingDefinition MustNotMet = new(FindingCodes.MustNotMet, "SC-3", B, F,
        "Le critère obligatoire {criterion} n'est pas satisfait.",
        "The MUST criterion {criterion} is not met.");

    public static readonly FindingDefinition ScoreBelowConfirmed = new(FindingCodes.ScoreBelowConfirmed, "SC-3", I, N,
        "Score de {score} : il faut au moins {minimum} pour le niveau Confirmé.",
        "Score of {score}: at least {minimum} is needed for the Confirmé level.");

    public static readonly FindingDefinition CategoryBelowMinimum = new(FindingCodes.CategoryBelowMinimum, "SC-3", I, N,
        "La catégorie {category} a un score de {score} : il faut au moins {minimum} dans chaque catégorie pour le niveau Confirmé.",
        "The category {category} scores {score}: every category needs at least {minimum} for the Confirmé level.");

    public static readonly FindingDefinition ScoreBelowExemplary = new(FindingCodes.ScoreBelowExemplary, "SC-3", I, N,
        "Score de {score} : il faut au moins {minimum} pour le niveau Exemplaire.",
        "Score of {score}: at least {minimum} is needed for the Exemplaire level.");

    public static readonly FindingDefinition KindNotExemplary = new(FindingCodes.KindNotExemplary, "SC-3", I, N,
        "Le niveau Exemplaire demande une revue par les pairs ou un audit externe ; cette évaluation est de type « {kind} ».",
        "The Exemplaire level needs a peer review or an external audit; this assessment is of kind '{kind}'.");

    public static readonly FindingDefinition NoApplicableCriteria = new(FindingCodes.NoApplicableCriteria, "SC-2", I, N,
        "Aucun critère applicable : pas de score, niveau limité à Signataire.",
        "No applicable criterion: no score, the level is at most Signataire.");

    // Signature lifecycle (rulebook §7).
    public static readonly FindingDefinition SignatureNotGranted = new(FindingCodes.SignatureNotGranted, "LC-1", I, N,
        "La signature n'est accordée qu'à partir du {grantedOn}.",
        "The signature is only granted from {grantedOn}.");

    public static readonly FindingDefinition SignatureRenewed = new(FindingCodes.SignatureRenewed, "LC-6", I, N,
        "Signature renouvelée par l'évaluation du {assessedOn} : nouvelle période du {from} au {until}.",
        "Signature renewed by the assessment of {assessedOn}: new period from {from} until {until}.");

    public static readonly FindingDefinition RenewalNotCounted = new(FindingCodes.RenewalNotCounted, "LC-6", I, N,
        "L'évaluation du {assessedOn} ne renouvelle pas la signature : elle doit être au niveau Signataire ou plus et datée entre le {opens} et le {closes}.",
        "The assessment of {assessedOn} does not renew the signature: it must be at Signataire or above and dated from {opens} to {closes}.");

    public static readonly FindingDefinition ReviewDue = new(FindingCodes.ReviewDue, "LC-2", W, N,
        "Revue annuelle due pour l'anniversaire du {anniversary} : la fenêtre se ferme le {closes}.",
        "Annual review due for the anniversary of {anniversary}: the window closes on {closes}.");

    public static readonly FindingDefinition ReviewMissed = new(FindingCodes.ReviewMissed, "LC-2", B, F,
        "Revue annuelle de l'anniversaire du {anniversary} non remise avant la fermeture de la fenêtre le {closes} : signature suspendue.",
        "Annual review for the anniversary of {anniversary} not given before the window closed on {closes}: signature suspended.");

    public static readonly FindingDefinition ReviewTooEarly = new(FindingCodes.ReviewTooEarly, "LC-2", I, N,
        "La revue du {reviewedOn} est antérieure à l'ouverture de la fenêtre ({opens}) : elle ne compte pas.",
        "The review of {reviewedOn} is before its window opened ({opens}): it does not count.");

    public static readonly FindingDefinition ReviewBeforeGrant = new(FindingCodes.ReviewBeforeGrant, "LC-2", W, N,
        "La revue du {reviewedOn} est antérieure à l'octroi de la signature le {grantedOn} : elle est ignorée.",
        "The review of {reviewedOn} is before the signature was granted on {grantedOn}: it is ignored.");

    public static readonly FindingDefinition ReviewsUnknown = new(FindingCodes.ReviewsUnknown, "LC-2", W, U,
        "Les revues annuelles ne sont pas renseignées : la revue de l'anniversaire du {anniversary} ne peut pas être vérifiée.",
        "The annual reviews are not given: the review for the anniversary of {anniversary} cannot be checked.");

    public static readonly FindingDefinition MinorBecameMajor = new(FindingCodes.MinorBecameMajor, "LC-3", W, N,
        "La non-conformité mineure {id}, non levée au {deadline}, est devenue majeure le {becameMajorOn}.",
        "The minor non-conformity {id}, not lifted by {deadline}, became major on {becameMajorOn}.");

    public static readonly FindingDefinition MajorOpen = new(FindingCodes.MajorOpen, "LC-3", W, N,
        "Non-conformité majeure {id} ouverte, à lever au plus tard le {deadline} : niveau affiché limité à Signataire.",
        "Major non-conformity {id} open, to be lifted by {deadline}: the level shown is at most Signataire.");

    public static readonly FindingDefinition MajorOverdue = new(FindingCodes.MajorOverdue, "LC-3", B, F,
        "Non-conformité majeure {id} non levée au {deadline} : signature suspendue.",
        "Major non-conformity {id} not lifted by {deadline}: signature suspended.");

    public static readonly FindingDefinition MinorOpen = new(FindingCodes.MinorOpen, "LC-3", I, N,
        "Non-conformité mineure {id} ouverte, à lever au plus tard le {deadline}.",
        "Minor non-conformity {id} open, to be lifted by {deadline}.");

    public static readonly FindingDefinition NonConformityBeforeGrant = new(FindingCodes.NonConformityBeforeGrant, "LC-3", W, N,
        "La non-conformité {id}, relevée le {raisedOn}, est antérieure à l'octroi de la signature le {grantedOn} : elle est ignorée.",
        "The non-conformity {id}, raised on {raisedOn}, is before the signature was granted on {grantedOn}: it is ignored.");

    public static readonly FindingDefinition DeadlineBeyondCalendar = new(FindingCodes.DeadlineBeyondCalendar, "LC-3", W, U,
        "Le délai de levée de la non-conformité {id}, relevée le {raisedOn}, dépasse le 31 décembre 9999 : il ne peut pas être calculé.",
        "The deadline of the non-conformity {id}, raised on {raisedOn}, is after 9999-12-31: it cannot be computed.");

    public static readonly FindingDefinition MembershipEnded = new(FindingCodes.MembershipEnded, "LC-4", B, F,
        "Aucune adhésion de l'entreprise à un cluster ne couvre le {asOf} : signature suspendue.",
        "No cluster membership of the company covers {asOf}: signature suspended.");

    public static readonly FindingDefinition MembershipsUnknown = new(FindingCodes.MembershipsUnknown, "LC-4", W, U,
        "Les adhésions de l'entreprise à des clusters ne sont pas renseignées : la condition d'adhésion ne peut pas être vérifiée.",
        "The company's cluster memberships are not given: the membership condition cannot be checked.");

    public static readonly FindingDefinition SignatureExpired = new(FindingCodes.SignatureExpired, "LC-5", B, F,
        "La signature a expiré le {expiredOn}.",
        "The signature expired on {expiredOn}.");

    public static readonly FindingDefinition SignatureWithdrawn = new(FindingCodes.SignatureWithdrawn, "LC-5", B, F,
        "La signature a été retirée le {withdrawnOn} : {reason}.",
        "The signature was withdrawn on {withdrawnOn}: {reason}.");

    public static readonly FindingDefinition WithdrawalBeforeGrant = new(FindingCodes.WithdrawalBeforeGrant, "LC-5", W, N,
        "Le retrait du {withdrawnOn} est antérieur à l'octroi de la signature le {grantedOn} : il est ignoré.",
        "The withdrawal of {withdrawnOn} is before the signature was granted on {grantedOn}: it is ignored.");

    public static readonly FindingDefinition ExpiryBeyondCalendar = new(FindingCodes.ExpiryBeyondCalendar, "LC-5", W, U,
        "La date d'expiration de la période commencée le {from} dépasse le 31 décembre 9999 : elle ne peut pas être calculée.",
        "The expiry date of the period that started on {from} is after 9999-12-31: it cannot be computed.");

    private static readonly FindingDefinition[] AllDefinitions =
    [
        ClusterNoMembership,
        ClusterMembershipUnknown,
        ClusterCompanyClub,
        ClusterIctUserAssociation,
        ClusterCioNetwork,
        ClusterKindNotAdmitted,
        ClusterKindUnknown,
        ClusterAudienceNotProviders,
        ClusterAudienceUnknown,
        ClusterProviderShareTooLow,
        ClusterProviderShareUnknown,
        ClusterRepeatedMember,
        ClusterFounder,
        ClusterPendingSignature,
        ClusterFounderConventionDate,
        ClusterLeft,
        CompanySirenInvalid,
        CompanySirenMissing,
        CompanySiretInvalid,
        CompanySiretOtherSiren,
        CompanyCeased,
        CompanyCeasedDateUnknown,
        CompanyStateUnknown,
        CompanyNotYetCreated,
        CompanyActiveWithCessationDate,
        CompanyCeasedBeforeCreated,
        CompanyNoMemberCluster,
        CompanyClusterNotMember,
        CompanyClusterUnknown,
        CompanyMembershipsUnknown,
        CompanyClusterAdmissionIncomplete,
        CompanyNotDigital,
        CompanyActivityUnknown,
        CompanyNafInvalid,
        CompanyDerogation,
        CompanyDerogationIgnored,
        CompanySizeUnknown,
        CompanySizeUnknownRestricted,
        CompanySizeNotEligible,
        CompanyYearNotClosed,
        AnswerMissing,
        AnswerUnknownCriterion,
        AnswerDuplicate,
        AnswerNotApplicableNotAllowed,
        AnswerNotApplicableWithoutJustification,
        AnswerMetWithoutEvidence,
        AssessmentCharterMismatch,
        MustNotMet,
        ScoreBelowConfirmed,
        CategoryBelowMinimum,
        ScoreBelowExemplary,
        KindNotExemplary,
        NoApplicableCriteria,
        SignatureNotGranted,
        SignatureRenewed,
        RenewalNotCounted,
        ReviewDue,
        ReviewMissed,
        ReviewTooEarly,
        ReviewBeforeGrant,
        ReviewsUnknown,
        MinorBecameMajor,
        MajorOpen,
        MajorOverdue,
        MinorOpen,
        NonConformityBeforeGrant,
        DeadlineBeyondCalendar,
        MembershipEnded,
        MembershipsUnknown,
        SignatureExpired,
        SignatureWithdrawn,
        WithdrawalBeforeGrant,
        ExpiryBeyondCalendar,
    ];

    private static readonly Dictionary<string, FindingDefinition> Definitions = Index(AllDefinitions);

    public static IReadOnlyList<FindingDefinition> All => AllDefinitions;

    public static FindingDefinition Get(string code) =>
        Definitions.TryGetValue(code, out FindingDefinition? definition)
            ? definition
            : throw new InvalidOperationException($"The finding code '{code}' is not in the catalogue.");

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
