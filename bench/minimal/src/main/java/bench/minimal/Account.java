package bench.minimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** security-jpa will not build without one user entity: Gopher Drill's own table, read only. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class Account extends PanacheEntityBase {
    @Id
    public Long id;
    @Username
    public String username;
    @Password
    @Column(name = "password_hash")
    public String passwordHash;
    @Roles
    public String role;
}
