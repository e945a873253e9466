namespace ClustersTic.Decisions;

/// <summary>
/// The stable codes of every finding, as constants. A code is <c>RULE.name</c>; the rule ids are those of the
/// rulebook (CL-1…CL-4, CO-1…CO-5) plus SC-1 (answers), SC-2 (score), SC-3 (levels) and LC-1…LC-6
/// (lifecycle). Codes never change meaning; new ones may be added.
/// </summary>
public static class FindingCodes
{
    /// <summary>CL-1: "No France Clusters membership covers {asOf}."</summary>
    public const string ClusterNoMembership = "CL-1.no-membership";
    /// <summary>CL-1: "The France Clusters memberships are not given."</summary>
    public const string ClusterMembershipUnknown = "CL-1.membership-unknown";
    /// <summary>CL-2: "A company club is not in a cluster dynamic."</summary>
    public const string ClusterCompanyClub = "CL-2.company-club";
    /// <summary>CL-2: "An association of companies that use ICT does not gather providers."</summary>
    public const string ClusterIctUserAssociation = "CL-2.ict-user-association";
    /// <summary>CL-2: "A network of CIOs does not gather digital providers."</summary>
    public const string ClusterCioNetwork = "CL-2.cio-network";
    /// <summary>CL-2: "The organisation kind '{kind}' is neither a cluster nor a competitiveness pole."</summary>
    public const string ClusterKindNotAdmitted = "CL-2.kind-not-admitted";
    /// <summary>CL-2: "The organisation kind is not given."</summary>
    public const string ClusterKindUnknown = "CL-2.kind-unknown";
    /// <summary>CL-2: "Founding cluster: deemed to meet CL-2 and CL-3, a member since the convention of {conventionDate}."</summary>
    public const string ClusterFounder = "CL-2.founder";
    /// <summary>CL-3: "The declared audience ('{audience}') is not digital providers."</summary>
    public const string ClusterAudienceNotProviders = "CL-3.audience-not-providers";
    /// <summary>CL-3: "The declared audience is not given."</summary>
    public const string ClusterAudienceUnknown = "CL-3.audience-unknown";
    /// <summary>CL-3: "Only {providers} of {members} members are digital providers ({share}), below the minimum of {minimum}."</summary>
    public const string ClusterProviderShareTooLow = "CL-3.provider-share-too-low";
    /// <summary>CL-3: "The share of digital providers is between {low} and {high} ({unknown} members of unknown activity); the minimum is {minimum}."</summary>
    public const string ClusterProviderShareUnknown = "CL-3.provider-share-unknown";
    /// <summary>CL-3: "The member {siren} is listed more than once: it is counted once."</summary>
    public const string ClusterRepeatedMember = "CL-3.repeated-member";
    /// <summary>CL-4: "Eligible, pending the signature of the partnership convention: not a member yet."</summary>
    public const string ClusterPendingSignature = "CL-4.pending-signature";
    /// <summary>CL-4: "Founding cluster: the recorded convention date ({recorded}) is replaced by that of the founding convention, {conventionDate}."</summary>
    public const string ClusterFounderConventionDate = "CL-4.founder-convention-date";
    /// <summary>CL-4: "The cluster left the consortium on {leftOn}."</summary>
    public const string ClusterLeft = "CL-4.left";

    /// <summary>CO-1: "The SIREN '{siren}' is not valid ({reason})."</summary>
    public const string CompanySirenInvalid = "CO-1.siren-invalid";
    /// <summary>CO-1: "The SIREN is not given."</summary>
    public const string CompanySirenMissing = "CO-1.siren-missing";
    /// <summary>CO-1: "The SIRET '{siret}' is not valid ({reason})."</summary>
    public const string CompanySiretInvalid = "CO-1.siret-invalid";
    /// <summary>CO-1: "The SIRET {siret} does not belong to the SIREN {siren}."</summary>
    public const string CompanySiretOtherSiren = "CO-1.siret-other-siren";
    /// <summary>CO-2: "The company ceased trading on {ceasedOn}."</summary>
    public const string CompanyCeased = "CO-2.ceased";
    /// <summary>CO-2: "The company is declared ceased, with no date."</summary>
    public const string CompanyCeasedDateUnknown = "CO-2.ceased-date-unknown";
    /// <summary>CO-2: "The company's administrative state is not given."</summary>
    public const string CompanyStateUnknown = "CO-2.state-unknown";
    /// <summary>CO-2: "The company does not exist yet on {asOf} (created on {createdOn})."</summary>
    public const string CompanyNotYetCreated = "CO-2.not-yet-created";
    /// <summary>CO-2: "The company is recorded as active but has a cessation date ({ceasedOn}): it is read as ceased from that date."</summary>
    public const string CompanyActiveWithCessationDate = "CO-2.active-with-cessation-date";
    /// <summary>CO-2: "The cessation date ({ceasedOn}) is before the creation date ({createdOn}): whether the company is active cannot be established."</summary>
    public const string CompanyCeasedBeforeCreated = "CO-2.ceased-before-created";
    /// <summary>CO-3: "On {asOf}, the company is not an adherent of any member cluster of the consortium."</summary>
    public const string CompanyNoMemberCluster = "CO-3.no-member-cluster";
    /// <summary>CO-3: "The cluster '{clusterId}' is not a member of the consortium on {asOf}: this membership does not count."</summary>
    public const string CompanyClusterNotMember = "CO-3.cluster-not-member";
    /// <summary>CO-3: "The cluster '{clusterId}' is unknown: the membership cannot be checked."</summary>
    public const string CompanyClusterUnknown = "CO-3.cluster-unknown";
    /// <summary>CO-3: "The company's cluster memberships are not given."</summary>
    public const string CompanyMembershipsUnknown = "CO-3.memberships-unknown";
    /// <summary>CO-3: "The admission of the cluster '{clusterId}' cannot be established on {asOf}: the membership cannot be checked."</summary>
    public const string CompanyClusterAdmissionIncomplete = "CO-3.cluster-admission-incomplete";
    /// <summary>CO-4: "The activity code {code} is not in the digital sector, and no valid derogation was granted."</summary>
    public const string CompanyNotDigital = "CO-4.not-digital";
    /// <summary>CO-4: "The activity code (NAF) is not given."</summary>
    public const string CompanyActivityUnknown = "CO-4.activity-unknown";
    /// <summary>CO-4: "The activity code '{code}' is not a well-formed NAF code."</summary>
    public const string CompanyNafInvalid = "CO-4.naf-invalid";
    /// <summary>CO-4: "A digital provider by derogation of the cluster '{clusterId}' granted on {grantedOn}."</summary>
    public const string CompanyDerogation = "CO-4.derogation";
    /// <summary>CO-4: "The derogation of the cluster '{clusterId}' is ignored: it lacks a written justification or a date on or before {asOf}."</summary>
    public const string CompanyDerogationIgnored = "CO-4.derogation-ignored";
    /// <summary>CO-5: "The company size category cannot be determined from the closed years given."</summary>
    public const string CompanySizeUnknown = "CO-5.size-unknown";
    /// <summary>CO-5: "The company size category cannot be determined, and only some categories are eligible."</summary>
    public const string CompanySizeUnknownRestricted = "CO-5.size-unknown-restricted";
    /// <summary>CO-5: "The company size category '{category}' is not eligible."</summary>
    public const string CompanySizeNotEligible = "CO-5.size-not-eligible";
    /// <summary>CO-5: "The year {year} is not closed on {asOf}: it is ignored."</summary>
    public const string CompanyYearNotClosed = "CO-5.year-not-closed";

    /// <summary>SC-1: "No answer to the criterion {criterion}: counted as unknown."</summary>
    public const string AnswerMissing = "SC-1.answer-missing";
    /// <summary>SC-1: "The answer to the criterion '{criterion}' is ignored: version {charter} of the charter has no such criterion."</summary>
    public const string AnswerUnknownCriterion = "SC-1.unknown-criterion";
    /// <summary>SC-1: "The criterion {criterion} is answered more than once: counted as unknown."</summary>
    public const string AnswerDuplicate = "SC-1.duplicate-answer";
    /// <summary>SC-1: "The criterion {criterion} cannot be answered N/A: counted as unmet."</summary>
    public const string AnswerNotApplicableNotAllowed = "SC-1.na-not-allowed";
    /// <summary>SC-1: "The criterion {criterion} is answered N/A without a justification: counted as unknown."</summary>
    public const string AnswerNotApplicableWithoutJustification = "SC-1.na-without-justification";
    /// <summary>SC-1: "The criterion {criterion} is answered met without the required evidence: counted as unknown."</summary>
    public const string AnswerMetWithoutEvidence = "SC-1.met-without-evidence";
    /// <summary>SC-1: "The assessment answers version {assessed} of the charter, but it is scored with version {charter}."</summary>
    public const string AssessmentCharterMismatch = "SC-1.charter-mismatch";
    /// <summary>SC-2: "No applicable criterion: no score, the level is at most Signataire."</summary>
    public const string NoApplicableCriteria = "SC-2.no-applicable-criteria";
    /// <summary>SC-3: "The MUST criterion {criterion} is not met."</summary>
    public const string MustNotMet = "SC-3.must-not-met";
    /// <summary>SC-3: "Score of {score}: at least {minimum} is needed for the Confirmé level."</summary>
    public const string ScoreBelowConfirmed = "SC-3.score-below-confirmed";
    /// <summary>SC-3: "The category {category} scores {score}: every category needs at least {minimum} for the Confirmé level."</summary>
    public const string CategoryBelowMinimum = "SC-3.category-below-minimum";
    /// <summary>SC-3: "Score of {score}: at least {minimum} is needed for the Exemplaire level."</summary>
    public const string ScoreBelowExemplary = "SC-3.score-below-exemplary";
    /// <summary>SC-3: "The Exemplaire level needs a peer review or an external audit; this assessment is of kind '{kind}'."</summary>
    public const string KindNotExemplary = "SC-3.kind-not-exemplary";

    /// <summary>LC-1: "The signature is only granted from {grantedOn}."</summary>
    public const string SignatureNotGranted = "LC-1.not-granted";
    /// <summary>LC-2: "Annual review due for the anniversary of {anniversary}: the window closes on {closes}."</summary>
    public const string ReviewDue = "LC-2.review-due";
    /// <summary>LC-2: "Annual review for the anniversary of {anniversary} not given before the window closed on {closes}: signature suspended."</summary>
    public const string ReviewMissed = "LC-2.review-missed";
    /// <summary>LC-2: "The review of {reviewedOn} is before its window opened ({opens}): it does not count."</summary>
    public const string ReviewTooEarly = "LC-2.review-too-early";
    /// <summary>LC-2: "The review of {reviewedOn} is before the signature was granted on {grantedOn}: it is ignored."</summary>
    public const string ReviewBeforeGrant = "LC-2.review-before-grant";
    /// <summary>LC-2: "The annual reviews are not given: the review for the anniversary of {anniversary} cannot be checked."</summary>
    public const string ReviewsUnknown = "LC-2.reviews-unknown";
    /// <summary>LC-3: "Minor non-conformity {id} open, to be lifted by {deadline}."</summary>
    public const string MinorOpen = "LC-3.minor-open";
    /// <summary>LC-3: "The non-conformity {id}, raised on {raisedOn}, is before the signature was granted on {grantedOn}: it is ignored."</summary>
    public const string NonConformityBeforeGrant = "LC-3.non-conformity-before-grant";
    /// <summary>LC-3: "The deadline of the non-conformity {id}, raised on {raisedOn}, is after 9999-12-31: it cannot be computed."</summary>
    public const string DeadlineBeyondCalendar = "LC-3.deadline-beyond-calendar";
    /// <summary>LC-3: "The minor non-conformity {id}, not lifted by {deadline}, became major on {becameMajorOn}."</summary>
    public const string MinorBecameMajor = "LC-3.minor-became-major";
    /// <summary>LC-3: "Major non-conformity {id} open, to be lifted by {deadline}: the level shown is at most Signataire."</summary>
    public const string MajorOpen = "LC-3.major-open";
    /// <summary>LC-3: "Major non-conformity {id} not lifted by {deadline}: signature suspended."</summary>
    public const string MajorOverdue = "LC-3.major-overdue";
    /// <summary>LC-4: "No cluster membership of the company covers {asOf}: signature suspended."</summary>
    public const string MembershipEnded = "LC-4.membership-ended";
    /// <summary>LC-4: "The company's cluster memberships are not given: the membership condition cannot be checked."</summary>
    public const string MembershipsUnknown = "LC-4.memberships-unknown";
    /// <summary>LC-5: "The signature expired on {expiredOn}."</summary>
    public const string SignatureExpired = "LC-5.expired";
    /// <summary>LC-5: "The signature was withdrawn on {withdrawnOn}: {reason}."</summary>
    public const string SignatureWithdrawn = "LC-5.withdrawn";
    /// <summary>LC-5: "The withdrawal of {withdrawnOn} is before the signature was granted on {grantedOn}: it is ignored."</summary>
    public const string WithdrawalBeforeGrant = "LC-5.withdrawal-before-grant";
    /// <summary>LC-5: "The expiry date of the period that started on {from} is after 9999-12-31: it cannot be computed."</summary>
    public const string ExpiryBeyondCalendar = "LC-5.expiry-beyond-calendar";
    /// <summary>LC-6: "Signature renewed by the assessment of {assessedOn}: new period from {from} until {until}."</summary>
    public const string SignatureRenewed = "LC-6.renewed";
    /// <summary>LC-6: "The assessment of {assessedOn} does not renew the signature: it must be at Signataire or above and dated from {opens} to {closes}."</summary>
    public const string RenewalNotCounted = "LC-6.renewal-not-counted";
}
