using Microsoft.EntityFrameworkCore;

namespace Commerce.Accounts;

/// <summary>EF Core's view of the <c>accounts</c> schema; the schema itself is owned by the SQL migrations.</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : DbContext(options)
{
    public const string Schema = "accounts";

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<UserRecord>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).HasColumnName("id");
            user.Property(u => u.Email).HasColumnName("email");
            user.Property(u => u.Name).HasColumnName("name");
            user.Property(u => u.Role).HasColumnName("role");
            user.Property(u => u.PasswordHash).HasColumnName("password_hash");
            user.Property(u => u.CreatedAt).HasColumnName("created_at");
            user.Property(u => u.UpdatedAt).HasColumnName("updated_at");
        });
        modelBuilder.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).HasColumnName("id");
            key.Property(k => k.Name).HasColumnName("name");
            key.Property(k => k.Prefix).HasColumnName("prefix");
            key.Property(k => k.KeyHash).HasColumnName("key_hash");
            key.Property(k => k.Role).HasColumnName("role");
            key.Property(k => k.CreatedBy).HasColumnName("created_by");
            key.Property(k => k.CreatedAt).HasColumnName("created_at");
            key.Property(k => k.RevokedAt).HasColumnName("revoked_at");
        });
    }
}
