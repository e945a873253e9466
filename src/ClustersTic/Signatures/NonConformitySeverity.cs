namespace ClustersTic.Signatures;

/// <summary>How serious a non-conformity is (rulebook §7).</summary>
public enum NonConformitySeverity
{
    /// <summary>Minor: to be lifted within the minor deadline (v1: P6M), or it becomes major.</summary>
    Minor = 0,

    /// <summary>Major: to be lifted within the major deadline (v1: P3M); while open, the level shown is at most
    /// Signataire; past its deadline, the signature is suspended.</summary>
    Major = 1,
}
