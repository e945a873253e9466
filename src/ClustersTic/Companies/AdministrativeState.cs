namespace ClustersTic.Companies;

/// <summary>A company's administrative state in the Sirene register (rule CO-2).</summary>
public enum AdministrativeState
{
    /// <summary>Active.</summary>
    Active = 0,

    /// <summary>Ceased (cessation recorded); the date is in <see cref="Company.CeasedOn"/>.</summary>
    Ceased = 1,
}
