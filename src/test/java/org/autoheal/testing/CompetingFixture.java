package org.autoheal.testing;

/**
 * Two strategies competing for one diagnosis, used by the rollback, learning, why and crash
 * tests: {@code write_junk} (rule base 70) never heals, {@code write_good} (base 60) does.
 */
public final class CompetingFixture {
    private CompetingFixture() {
    }

    /** Data check: `write_junk` (rule base 70) never heals, `write_good` (base 60) does; `write_other` is never proposed. */
    public static final String RULES = """
            package test.rules;
            import org.autoheal.facts.*;
            global SalienceTable learned;
            rule "Broken data"
                salience 50
            when
                $e : ToolchainError( message str[startsWith] "BROKEN data" )
            then
                insert( Diagnosis.of("bad_data", $e).with("path", "config/data.txt") );
            end
            rule "Junk first"
                @kind(strategy)
                salience( 70 + learned.adjustment(rule.getName(), $d.getCause()) )
            when
                $d : Diagnosis( cause == "bad_data" )
            then
                insert( Proposal.of("write_junk", $d).withDetails() );
            end
            rule "Good second"
                @kind(strategy)
                salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
            when
                $d : Diagnosis( cause == "bad_data" )
            then
                insert( Proposal.of("write_good", $d).withDetails() );
            end
            rule "Other data"
                @kind(strategy)
                @description("only for the other cause")
                salience( 55 + learned.adjustment(rule.getName(), $d.getCause()) )
            when
                $d : Diagnosis( cause == "other_data" )
            then
                insert( Proposal.of("write_other", $d).withDetails() );
            end
            """;

    /** The two command strategies the rules propose; tools/put.py writes its second argument to the path. */
    public static final String STRATEGIES = "{\"strategies\": {"
            + "\"write_junk\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"junk\"], \"touches\": [\"{path}\"]},"
            + "\"write_good\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"good\"], \"touches\": [\"{path}\"]}}}";
}
