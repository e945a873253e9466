namespace ClustersTic.Text;

/// <summary>The languages in which the library renders its messages.</summary>
public enum Language
{
    /// <summary>French, the default.</summary>
    French = 0,

    /// <summary>English.</summary>
    English = 1,
}
