package org.learningnetwork.security;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.learningnetwork.access.Role;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * Sign-in against the council's directory (LDAP, or Active Directory through LDAP), configured by system properties
 * {@code learningnetwork.ldap.*} and not by code: the person is found by what they typed (username or e-mail, by
 * the user filter, with a service account or anonymously), then their password is checked by binding as them. What
 * they may do comes from the application's own account for them (matched by username or work e-mail), or, when
 * groups are mapped to roles ({@code learningnetwork.ldap.role.<ROLE>=<group DN or CN>}), from their directory
 * groups ({@code memberOf}, and groups whose members name them). Never a bind with an empty password (a directory
 * takes that as an anonymous bind and "succeeds").
 */
public final class Directory {

    public static final String PREFIX = "learningnetwork.ldap.";

    private static final Logger LOG = Logger.getLogger(Directory.class.getName());
    private static final String DEFAULT_USER_FILTER =
            "(&(objectClass=person)(|(uid={0})(sAMAccountName={0})(userPrincipalName={0})(mail={0})))";
    private static final String DEFAULT_GROUP_FILTER = "(|(member={0})(uniqueMember={0}))";

    private final String url;
    private final String baseDn;
    private final String bindDn;
    private final String bindPassword;
    private final String userFilter;
    private final String emailAttribute;
    private final String groupBaseDn;
    private final String groupFilter;
    private final Map<Role, String> roleGroups;
    private final int timeoutMillis;

    /** Someone the directory signed in: their entry, e-mail address, and the roles their groups give (if mapped). */
    public record User(String dn, String email, Set<Role> roles) {
    }

    static final Setting<String> URL = Setting.text(PREFIX + "url", null);
    static final Setting<String> BASE_DN = Setting.text(PREFIX + "base-dn", "");
    static final Setting<String> BIND_DN = Setting.text(PREFIX + "bind-dn", null);
    static final Setting<String> BIND_PASSWORD = Setting.secret(PREFIX + "bind-password");
    static final Setting<String> USER_FILTER = Setting.text(PREFIX + "user-filter", DEFAULT_USER_FILTER);
    static final Setting<String> EMAIL_ATTRIBUTE = Setting.text(PREFIX + "email-attribute", "mail");
    /** The base of the group search: the base DN unless set. */
    static final Setting<String> GROUP_BASE_DN = Setting.text(PREFIX + "group-base-dn", null);
    static final Setting<String> GROUP_FILTER = Setting.text(PREFIX + "group-filter", DEFAULT_GROUP_FILTER);
    static final Setting<Integer> TIMEOUT_MILLIS = Setting.number(PREFIX + "timeout-millis", 5000, 1, 600_000);
    /** The directory group of each role, when roles come from the directory. */
    static final Map<Role, Setting<String>> ROLE_GROUPS = roleGroups(PREFIX);

    Directory(Properties settings) {
        url = URL.get(settings);
        baseDn = BASE_DN.get(settings);
        bindDn = BIND_DN.get(settings);
        bindPassword = BIND_PASSWORD.get(settings);
        userFilter = USER_FILTER.get(settings);
        emailAttribute = EMAIL_ATTRIBUTE.get(settings);
        groupBaseDn = Objects.requireNonNullElse(GROUP_BASE_DN.get(settings), baseDn);
        groupFilter = GROUP_FILTER.get(settings);
        timeoutMillis = TIMEOUT_MILLIS.get(settings);
        Map<Role, String> groups = new TreeMap<>();
        ROLE_GROUPS.forEach((role, setting) -> {
            String group = setting.get(settings);
            if (group != null) {
                groups.put(role, group);
            }
        });
        roleGroups = Map.copyOf(groups);
    }

    /** A setting per role, {@code <prefix>role.<ROLE>}: the group (of a directory or a provider) that gives the role. */
    public static Map<Role, Setting<String>> roleGroups(String prefix) {
        Map<Role, Setting<String>> settings = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            settings.put(role, Setting.text(prefix + "role." + role.name(), null));
        }
        return Collections.unmodifiableMap(settings);
    }

    /** The directory as the system properties configure it, if {@code learningnetwork.ldap.url} is set. */
    public static Optional<Directory> configured() {
        Directory directory = new Directory(System.getProperties());
        return directory.url == null ? Optional.empty() : Optional.of(directory);
    }

    /** Whether roles come from directory groups (some role is mapped to a group) rather than the application's accounts. */
    public boolean rolesFromGroups() {
        return !roleGroups.isEmpty();
    }

    /**
     * The person who typed this username (or e-mail) and password, if the directory knows them and the password is
     * theirs; empty otherwise, and when the directory cannot be reached (logged, so that the form's own accounts
     * still sign in).
     */
    public Optional<User> signIn(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        DirContext service = null;
        try {
            service = context(bindDn, bindPassword == null ? null : bindPassword.toCharArray());
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {emailAttribute, "memberOf"});
            controls.setCountLimit(2);
            controls.setTimeLimit(timeoutMillis);
            List<SearchResult> found = new ArrayList<>();
            // The typed name is an argument of the filter, which escapes it: no filter injection.
            NamingEnumeration<SearchResult> results = service.search(baseDn, userFilter, new Object[] {username.strip()}, controls);
            try {
                while (results.hasMore()) {
                    found.add(results.next());
                }
            } finally {
                results.close();
            }
            if (found.size() != 1) {
                return Optional.empty();
            }
            SearchResult entry = found.get(0);
            String dn = entry.getNameInNamespace();
            context(dn, password).close();
            Set<String> groups = groups(service, dn, entry.getAttributes());
            String email = value(entry.getAttributes(), emailAttribute);
            return Optional.of(new User(dn, email == null ? null : email.toLowerCase(Locale.ROOT), roles(groups)));
        } catch (AuthenticationException e) {
            return Optional.empty();
        } catch (NamingException | RuntimeException e) {
            LOG.warning(() -> "The directory could not be asked (" + e.getClass().getSimpleName() + "): signing in with the form's accounts only");
            return Optional.empty();
        } finally {
            close(service);
        }
    }

    private DirContext context(String principal, char[] credentials) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url);
        environment.put("com.sun.jndi.ldap.connect.timeout", Integer.toString(timeoutMillis));
        environment.put("com.sun.jndi.ldap.read.timeout", Integer.toString(timeoutMillis));
        environment.put(Context.REFERRAL, "ignore");
        if (principal == null || credentials == null || credentials.length == 0) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials);
        }
        return new InitialDirContext(environment);
    }

    /** The DNs of the person's groups: their {@code memberOf} values and the groups whose members name them. */
    private Set<String> groups(DirContext service, String dn, Attributes attributes) throws NamingException {
        Set<String> groups = new LinkedHashSet<>();
        Attribute memberOf = attributes.get("memberOf");
        if (memberOf != null) {
            NamingEnumeration<?> values = memberOf.getAll();
            while (values.hasMore()) {
                groups.add(values.next().toString());
            }
        }
        if (rolesFromGroups()) {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[0]);
            controls.setTimeLimit(timeoutMillis);
            NamingEnumeration<SearchResult> results = service.search(groupBaseDn, groupFilter, new Object[] {dn}, controls);
            try {
                while (results.hasMore()) {
                    groups.add(results.next().getNameInNamespace());
                }
            } finally {
                results.close();
            }
        }
        return groups;
    }

    /** The roles whose group (DN, or just CN) is among the DNs, compared without regard to case or spacing. */
    Set<Role> roles(Set<String> groupDns) {
        Set<Role> roles = new LinkedHashSet<>();
        roleGroups.forEach((role, group) -> {
            for (String dn : groupDns) {
                if (sameGroup(group, dn)) {
                    roles.add(role);
                }
            }
        });
        return roles;
    }

    private static boolean sameGroup(String configured, String dn) {
        try {
            LdapName name = new LdapName(dn);
            if (configured.contains("=")) {
                return new LdapName(configured).equals(name);
            }
            Rdn last = name.getRdn(name.size() - 1);
            return last.getType().equalsIgnoreCase("cn") && last.getValue().toString().equalsIgnoreCase(configured.strip());
        } catch (NamingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String value(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null || attribute.get() == null ? null : attribute.get().toString();
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                // nothing to release
            }
        }
    }

    /** The directory's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
