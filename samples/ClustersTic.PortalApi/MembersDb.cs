using ClustersTic.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClustersTic.PortalApi;

/// <summary>A portal's member table, with the library's identifier types as columns (stored as their canonical
/// text, so that leading zeros survive and the database shows what people type).</summary>
/// <param name="options">The context options.</param>
public sealed class MembersDb(DbContextOptions<MembersDb> options) : DbContext(options)
{
    /// <summary>The members.</summary>
    public DbSet<Member> Members => Set<Member>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>(member =>
        {
            member.HasKey(m => m.Id);
            member.Property(m => m.Siren).HasConversion(IdentifierConverters.Siren).HasMaxLength(9).IsUnicode(false);
            member.HasIndex(m => m.Siren).IsUnique();
            member.Property(m => m.HeadOffice).HasConversion(IdentifierConverters.Siret).HasMaxLength(14).IsUnicode(false);
            member.Property(m => m.Activity).HasConversion(IdentifierConverters.NafCode).HasMaxLength(6).IsUnicode(false);
        });
    }
}

/// <summary>A member company.</summary>
public sealed class Member
{
    /// <summary>The row id.</summary>
    public int Id { get; set; }

    /// <summary>The company's SIREN.</summary>
    public Siren Siren { get; set; }

    /// <summary>Its head office, when known.</summary>
    public Siret? HeadOffice { get; set; }

    /// <summary>Its main activity, when known.</summary>
    public NafCode? Activity { get; set; }

    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";
}

/// <summary>EF Core value converters for the identifiers: the canonical text (<c>"G"</c> format) in the
/// database, parsed back (a value that no longer parses is an error, not a silent default).</summary>
public static class IdentifierConverters
{
    /// <summary>SIREN ↔ nine digits.</summary>
    public static readonly ValueConverter<Siren, string> Siren = new(v => v.ToString(), s => ClustersTic.Identifiers.Siren.Parse(s));

    /// <summary>SIRET ↔ fourteen digits.</summary>
    public static readonly ValueConverter<Siret, string> Siret = new(v => v.ToString(), s => ClustersTic.Identifiers.Siret.Parse(s));

    /// <summary>NAF code ↔ <c>62.01Z</c>.</summary>
    public static readonly ValueConverter<NafCode, string> NafCode = new(v => v.ToString(), s => ClustersTic.Identifiers.NafCode.Parse(s));
}
