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
    private static readonly Dictionary<string, FindingDefinition> Definitions = Build();

    public static IEnumerable<FindingDefinition> All => Definitions.Values;

    /// <summary>How argument values that are enumeration names read in each language, keyed
    /// <c>name=value</c>. Arguments stay invariant in JSON; only rendered text uses these labels.</summary>
    private static readonly Dictionary<string, LocalizedText> ValueLabels = new(StringComparer.Ordinal)
    {
        ["reason=Empty"] = new("vide", "empty"),
        ["reason=InvalidCharacter"] = new("caractère non autorisé", "character not allowed"),
        ["reason=WrongLength"] = new("nombre de chiffres incorrect", "wrong number of digits"),
        ["reason=AllZeros"] = new("uniquement des zéros", "all zeros"),
        ["reason=Checksum"] = new("clé de contrôle incorrecte", "wrong check digits"),
        ["reason=InvalidSiren"] = new("le SIREN qu'il contient n'est pas valide", "the SIREN it contains is not valid"),
        ["reason=UnknownForm"] = new("forme inconnue", "unknown form"),
        ["audience=DigitalProviders"] = new("prestataires du numérique", "digital providers"),
        ["audience=IctUsers"] = new("entreprises utilisatrices du numérique", "companies that use ICT"),
        ["audience=Cios"] = new("DSI", "CIOs"),
        ["audience=Other"] = new("autre", "other"),
        ["kind=Other"] = new("autre", "other"),
        ["kind=SelfAssessment"] = new("auto-évaluation", "self-assessment"),
        ["kind=PeerReview"] = new("revue par les pairs", "peer review"),
        ["kind=ExternalAudit"] = new("audit externe", "external audit"),
        ["category=Micro"] = new("micro-entreprise (TPE)", "micro-enterprise"),
        ["category=Small"] = new("petite entreprise", "small enterprise"),
        ["category=Medium"] = new("moyenne entreprise", "medium-sized enterprise"),
        ["category=Intermediate"] = new("entreprise de taille intermédiaire (ETI)", "intermediate-sized enterprise"),
        ["category=Large"] = new("grande entreprise", "large enterprise"),
    };

    /// <summary>The text of an argument value in a language: its label when it is an enumeration name,
    /// otherwise the value itself.</summary>
    public static string DisplayValue(string name, string value, Language language) =>
        ValueLabels.TryGetValue(name + "=" + value, out LocalizedText? label) ? label.In(language) : value;

    public static FindingDefinition Get(string code) =>
        Definitions.TryGetValue(code, out FindingDefinition? definition)
            ? definition
            : throw new InvalidOperationException($"The finding code '{code}' is not in the catalogue.");

    private static Dictionary<string, FindingDefinition> Build()
    {
        const FindingSeverity B = FindingSeverity.Blocking;
        const FindingSeverity W = FindingSeverity.Warning;
        const FindingSeverity I = FindingSeverity.Information;
        const FindingStatus F = FindingStatus.Failed;
        const FindingStatus U = FindingStatus.Unknown;
        const FindingStatus N = FindingStatus.Information;
        var list = new[]
        {
            // Cluster admission (rulebook §3).
            new FindingDefinition(FindingCodes.ClusterNoMembership, "CL-1", B, F,
                "Aucune adhésion à France Clusters ne couvre le {asOf}.",
                "No France Clusters membership covers {asOf}."),
            new FindingDefinition(FindingCodes.ClusterMembershipUnknown, "CL-1", W, U,
                "Les adhésions à France Clusters ne sont pas renseignées.",
                "The France Clusters memberships are not given."),
            new FindingDefinition(FindingCodes.ClusterCompanyClub, "CL-2", B, F,
                "Un club d'entreprises n'est pas dans une dynamique de cluster.",
                "A company club is not in a cluster dynamic."),
            new FindingDefinition(FindingCodes.ClusterIctUserAssociation, "CL-2", B, F,
                "Une association d'entreprises utilisatrices du numérique ne rassemble pas des prestataires.",
                "An association of companies that use ICT does not gather providers."),
            new FindingDefinition(FindingCodes.ClusterCioNetwork, "CL-2", B, F,
                "Un réseau de DSI ne rassemble pas des prestataires du numérique.",
                "A network of CIOs does not gather digital providers."),
            new FindingDefinition(FindingCodes.ClusterKindNotAdmitted, "CL-2", B, F,
                "Le type d'organisation « {kind} » n'est ni un cluster ni un pôle de compétitivité.",
                "The organisation kind '{kind}' is neither a cluster nor a competitiveness pole."),
            new FindingDefinition(FindingCodes.ClusterKindUnknown, "CL-2", W, U,
                "Le type d'organisation n'est pas renseigné.",
                "The organisation kind is not given."),
            new FindingDefinition(FindingCodes.ClusterAudienceNotProviders, "CL-3", B, F,
                "Le public déclaré (« {audience} ») n'est pas celui des prestataires du numérique.",
                "The declared audience ('{audience}') is not digital providers."),
            new FindingDefinition(FindingCodes.ClusterAudienceUnknown, "CL-3", W, U,
                "Le public déclaré n'est pas renseigné.",
                "The declared audience is not given."),
            new FindingDefinition(FindingCodes.ClusterProviderShareTooLow, "CL-3", B, F,
                "Prestataires du numérique : {providers} adhérent(s) sur {members} ({share}), moins que le minimum de {minimum}.",
                "Only {providers} of {members} members are digital providers ({share}), below the minimum of {minimum}."),
            new FindingDefinition(FindingCodes.ClusterProviderShareUnknown, "CL-3", W, U,
                "La part de prestataires du numérique est entre {low} et {high} ({unknown} adhérents d'activité inconnue) ; le minimum est {minimum}.",
                "The share of digital providers is between {low} and {high} ({unknown} members of unknown activity); the minimum is {minimum}."),
            new FindingDefinition(FindingCodes.ClusterFounder, "CL-2", I, N,
                "Cluster fondateur : réputé remplir CL-2 et CL-3, membre depuis la convention du {conventionDate}.",
                "Founding cluster: deemed to meet CL-2 and CL-3, a member since the convention of {conventionDate}."),
            new FindingDefinition(FindingCodes.ClusterPendingSignature, "CL-4", I, N,
                "Éligible, en attente de la signature de la convention de partenariat : pas encore membre.",
                "Eligible, pending the signature of the partnership convention: not a member yet."),
            new FindingDefinition(FindingCodes.ClusterLeft, "CL-4", B, F,
                "Le cluster a quitté le consortium le {leftOn}.",
                "The cluster left the consortium on {leftOn}."),

            // Company eligibility (rulebook §4).
            new FindingDefinition(FindingCodes.CompanySirenInvalid, "CO-1", B, F,
                "Le SIREN « {siren} » n'est pas valide ({reason}).",
                "The SIREN '{siren}' is not valid ({reason})."),
            new FindingDefinition(FindingCodes.CompanySiretInvalid, "CO-1", B, F,
                "Le SIRET « {siret} » n'est pas valide ({reason}).",
                "The SIRET '{siret}' is not valid ({reason})."),
            new FindingDefinition(FindingCodes.CompanySiretOtherSiren, "CO-1", B, F,
                "Le SIRET {siret} n'appartient pas au SIREN {siren}.",
                "The SIRET {siret} does not belong to the SIREN {siren}."),
            new FindingDefinition(FindingCodes.CompanyCeased, "CO-2", B, F,
                "L'entreprise a cessé son activité le {ceasedOn}.",
                "The company ceased trading on {ceasedOn}."),
            new FindingDefinition(FindingCodes.CompanyCeasedDateUnknown, "CO-2", W, U,
                "L'entreprise est déclarée cessée, sans date de cessation.",
                "The company is declared ceased, with no date."),
            new FindingDefinition(FindingCodes.CompanyStateUnknown, "CO-2", W, U,
                "L'état administratif de l'entreprise n'est pas renseigné.",
                "The company's administrative state is not given."),
            new FindingDefinition(FindingCodes.CompanyNotYetCreated, "CO-2", B, F,
                "L'entreprise n'existe pas encore au {asOf} (créée le {createdOn}).",
                "The company does not exist yet on {asOf} (created on {createdOn})."),
            new FindingDefinition(FindingCodes.CompanyNoMemberCluster, "CO-3", B, F,
                "L'entreprise n'adhère, au {asOf}, à aucun cluster membre du consortium.",
                "On {asOf}, the company is not an adherent of any member cluster of the consortium."),
            new FindingDefinition(FindingCodes.CompanyClusterNotMember, "CO-3", I, N,
                "Le cluster « {clusterId} » n'est pas membre du consortium au {asOf} : cette adhésion ne compte pas.",
                "The cluster '{clusterId}' is not a member of the consortium on {asOf}: this membership does not count."),
            new FindingDefinition(FindingCodes.CompanyClusterUnknown, "CO-3", W, U,
                "Le cluster « {clusterId} » est inconnu : l'adhésion ne peut pas être vérifiée.",
                "The cluster '{clusterId}' is unknown: the membership cannot be checked."),
            new FindingDefinition(FindingCodes.CompanyNotDigital, "CO-4", B, F,
                "Le code d'activité {code} n'est pas dans le secteur du numérique, et aucune dérogation valable n'a été accordée.",
                "The activity code {code} is not in the digital sector, and no valid derogation was granted."),
            new FindingDefinition(FindingCodes.CompanyActivityUnknown, "CO-4", W, U,
                "Le code d'activité (NAF) n'est pas renseigné.",
                "The activity code (NAF) is not given."),
            new FindingDefinition(FindingCodes.CompanyNafInvalid, "CO-4", W, U,
                "Le code d'activité « {code} » n'est pas un code NAF bien formé.",
                "The activity code '{code}' is not a well-formed NAF code."),
            new FindingDefinition(FindingCodes.CompanyDerogation, "CO-4", I, N,
                "Prestataire du numérique par dérogation du cluster « {clusterId} » accordée le {grantedOn}.",
                "A digital provider by derogation of the cluster '{clusterId}' granted on {grantedOn}."),
            new FindingDefinition(FindingCodes.CompanyDerogationIgnored, "CO-4", I, N,
                "La dérogation du cluster « {clusterId} » est ignorée : il lui manque une justification écrite ou une date antérieure au {asOf}.",
                "The derogation of the cluster '{clusterId}' is ignored: it lacks a written justification or a date on or before {asOf}."),
            new FindingDefinition(FindingCodes.CompanySizeUnknown, "CO-5", I, N,
                "La catégorie d'entreprise ne peut pas être déterminée avec les exercices fournis.",
                "The company size category cannot be determined from the closed years given."),
            new FindingDefinition(FindingCodes.CompanySizeUnknownRestricted, "CO-5", W, U,
                "La catégorie d'entreprise ne peut pas être déterminée, et seules certaines catégories sont éligibles.",
                "The company size category cannot be determined, and only some categories are eligible."),
            new FindingDefinition(FindingCodes.CompanySizeNotEligible, "CO-5", B, F,
                "La catégorie d'entreprise « {category} » n'est pas éligible.",
                "The company size category '{category}' is not eligible."),

            // Charter scoring (rulebook §6.1–6.3).
            new FindingDefinition(FindingCodes.AnswerMissing, "SC-1", W, U,
                "Aucune réponse au critère {criterion} : compté comme inconnu.",
                "No answer to the criterion {criterion}: counted as unknown."),
            new FindingDefinition(FindingCodes.AnswerUnknownCriterion, "SC-1", W, N,
                "La réponse au critère « {criterion} » est ignorée : la charte {charter} n'a pas ce critère.",
                "The answer to the criterion '{criterion}' is ignored: the charter {charter} has no such criterion."),
            new FindingDefinition(FindingCodes.AnswerDuplicate, "SC-1", W, U,
                "Le critère {criterion} a plusieurs réponses : compté comme inconnu.",
                "The criterion {criterion} is answered more than once: counted as unknown."),
            new FindingDefinition(FindingCodes.AnswerNotApplicableNotAllowed, "SC-1", W, F,
                "Le critère {criterion} ne peut pas être déclaré sans objet : compté comme non satisfait.",
                "The criterion {criterion} cannot be answered N/A: counted as unmet."),
            new FindingDefinition(FindingCodes.AnswerNotApplicableWithoutJustification, "SC-1", W, U,
                "Le critère {criterion} est déclaré sans objet sans justification : compté comme inconnu.",
                "The criterion {criterion} is answered N/A without a justification: counted as unknown."),
            new FindingDefinition(FindingCodes.AnswerMetWithoutEvidence, "SC-1", W, U,
                "Le critère {criterion} est déclaré satisfait sans la preuve requise : compté comme inconnu.",
                "The criterion {criterion} is answered met without the required evidence: counted as unknown."),
            new FindingDefinition(FindingCodes.AssessmentCharterMismatch, "SC-1", W, N,
                "L'évaluation porte sur la charte {assessed}, mais elle est notée avec la charte {charter}.",
                "The assessment is for the charter {assessed}, but it is scored with the charter {charter}."),
            new FindingDefinition(FindingCodes.MustNotMet, "SC-3", B, F,
                "Le critère obligatoire {criterion} n'est pas satisfait.",
                "The MUST criterion {criterion} is not met."),
            new FindingDefinition(FindingCodes.ScoreBelowConfirmed, "SC-3", I, N,
                "Score de {score} : il faut au moins {minimum} pour le niveau Confirmé.",
                "Score of {score}: at least {minimum} is needed for the Confirmé level."),
            new FindingDefinition(FindingCodes.CategoryBelowMinimum, "SC-3", I, N,
                "La catégorie {category} a un score de {score} : il faut au moins {minimum} dans chaque catégorie pour le niveau Confirmé.",
                "The category {category} scores {score}: every category needs at least {minimum} for the Confirmé level."),
            new FindingDefinition(FindingCodes.ScoreBelowExemplary, "SC-3", I, N,
                "Score de {score} : il faut au moins {minimum} pour le niveau Exemplaire.",
                "Score of {score}: at least {minimum} is needed for the Exemplaire level."),
            new FindingDefinition(FindingCodes.KindNotExemplary, "SC-3", I, N,
                "Le niveau Exemplaire demande une revue par les pairs ou un audit externe ; cette évaluation est de type « {kind} ».",
                "The Exemplaire level needs a peer review or an external audit; this assessment is of kind '{kind}'."),
            new FindingDefinition(FindingCodes.NoApplicableCriteria, "SC-2", I, N,
                "Aucun critère applicable : pas de score, niveau limité à Signataire.",
                "No applicable criterion: no score, the level is at most Signataire."),

            // Signature lifecycle (rulebook §7).
            new FindingDefinition(FindingCodes.SignatureNotGranted, "LC-1", I, N,
                "La signature n'est accordée qu'à partir du {grantedOn}.",
                "The signature is only granted from {grantedOn}."),
            new FindingDefinition(FindingCodes.SignatureRenewed, "LC-6", I, N,
                "Signature renouvelée par l'évaluation du {assessedOn} : nouvelle période du {from} au {until}.",
                "Signature renewed by the assessment of {assessedOn}: new period from {from} until {until}."),
            new FindingDefinition(FindingCodes.RenewalNotCounted, "LC-6", I, N,
                "L'évaluation du {assessedOn} ne renouvelle pas la signature : elle doit être au niveau Signataire ou plus et datée entre le {opens} et le {closes}.",
                "The assessment of {assessedOn} does not renew the signature: it must be at Signataire or above and dated from {opens} to {closes}."),
            new FindingDefinition(FindingCodes.ReviewDue, "LC-2", W, N,
                "Revue annuelle due pour l'anniversaire du {anniversary} : la fenêtre se ferme le {closes}.",
                "Annual review due for the anniversary of {anniversary}: the window closes on {closes}."),
            new FindingDefinition(FindingCodes.ReviewMissed, "LC-2", B, F,
                "Revue annuelle de l'anniversaire du {anniversary} non remise avant la fermeture de la fenêtre le {closes} : signature suspendue.",
                "Annual review for the anniversary of {anniversary} not given before the window closed on {closes}: signature suspended."),
            new FindingDefinition(FindingCodes.ReviewTooEarly, "LC-2", I, N,
                "La revue du {reviewedOn} est antérieure à l'ouverture de la fenêtre ({opens}) : elle ne compte pas.",
                "The review of {reviewedOn} is before its window opened ({opens}): it does not count."),
            new FindingDefinition(FindingCodes.MinorBecameMajor, "LC-3", W, N,
                "La non-conformité mineure {id}, non levée au {deadline}, est devenue majeure le {becameMajorOn}.",
                "The minor non-conformity {id}, not lifted by {deadline}, became major on {becameMajorOn}."),
            new FindingDefinition(FindingCodes.MajorOpen, "LC-3", W, N,
                "Non-conformité majeure {id} ouverte, à lever au plus tard le {deadline} : niveau affiché limité à Signataire.",
                "Major non-conformity {id} open, to be lifted by {deadline}: the level shown is at most Signataire."),
            new FindingDefinition(FindingCodes.MajorOverdue, "LC-3", B, F,
                "Non-conformité majeure {id} non levée au {deadline} : signature suspendue.",
                "Major non-conformity {id} not lifted by {deadline}: signature suspended."),
            new FindingDefinition(FindingCodes.MinorOpen, "LC-3", I, N,
                "Non-conformité mineure {id} ouverte, à lever au plus tard le {deadline}.",
                "Minor non-conformity {id} open, to be lifted by {deadline}."),
            new FindingDefinition(FindingCodes.MembershipEnded, "LC-4", B, F,
                "Aucune adhésion de l'entreprise à un cluster ne couvre le {asOf} : signature suspendue.",
                "No cluster membership of the company covers {asOf}: signature suspended."),
            new FindingDefinition(FindingCodes.SignatureExpired, "LC-5", B, F,
                "La signature a expiré le {expiredOn}.",
                "The signature expired on {expiredOn}."),
            new FindingDefinition(FindingCodes.SignatureWithdrawn, "LC-5", B, F,
                "La signature a été retirée le {withdrawnOn} : {reason}.",
                "The signature was withdrawn on {withdrawnOn}: {reason}."),
        };

        var definitions = new Dictionary<string, FindingDefinition>(StringComparer.Ordinal);
        foreach (FindingDefinition definition in list)
        {
            definitions.Add(definition.Code, definition);
        }

        return definitions;
    }
}
