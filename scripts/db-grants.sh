# Sourced by scripts/db.sh and scripts/cluster.sh: the application's two database users, defined once.
#  - 'hotline', the application's, reads and writes rows (SELECT, INSERT, UPDATE, DELETE) and cannot change the schema;
#  - 'hotline_migrate' has every privilege on the schema and is used only by the migrations at the server's start.

sql_quote() { printf "%s" "$1" | sed "s/'/''/g"; }

# user_grants_sql HOST MIGRATION_PASSWORD [APPLICATION_PASSWORD]: the statements that bring both users of HOST to their
# rights (and passwords) whatever they had before; the application user is created too when its password is given.
user_grants_sql() {
    local host=$1 migration app=${3:-}
    migration=$(sql_quote "$2")
    if [ -n "$app" ]; then
        app=$(sql_quote "$app")
        printf "CREATE USER IF NOT EXISTS 'hotline'@'%s' IDENTIFIED BY '%s';\n" "$host" "$app"
        printf "ALTER USER 'hotline'@'%s' IDENTIFIED BY '%s';\n" "$host" "$app"
    fi
    cat <<SQL
REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'hotline'@'$host';
GRANT SELECT, INSERT, UPDATE, DELETE ON hotline.* TO 'hotline'@'$host';
CREATE USER IF NOT EXISTS 'hotline_migrate'@'$host' IDENTIFIED BY '$migration';
ALTER USER 'hotline_migrate'@'$host' IDENTIFIED BY '$migration';
GRANT ALL PRIVILEGES ON hotline.* TO 'hotline_migrate'@'$host';
SQL
}
