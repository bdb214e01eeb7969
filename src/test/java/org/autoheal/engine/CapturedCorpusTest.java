package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.autoheal.parse.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The training corpus of real captures (src/test/resources/corpus/captured, written by scripts/corpus/capture.py)
 * is there, large and balanced enough, and the default rules do not fall below what they scored when the floors
 * were set: a regression guard, not a goal. Raise the floors when the rules get better; never lower them to make a
 * change pass. Per-case numbers: {@code CorpusScore captured}.
 */
class CapturedCorpusTest {
    private static final List<String> CAUSES = List.of("missing_module", "permission", "syntax", "connection",
            "file_not_found", "json_format", "import_error", "websocket");

    /*
     * Floors raised on 2026-12-06 after the breadth work (Python/Node/Java and shells/tools), slightly below what
     * the default rules scored on 469 captures: train 100 % right causes, 100 % key details, 0 of 49 negatives
     * diagnosed; holdout 95.3 % right causes, 90.8 % key details, 0 of 49 negatives (measured by the lead; the rule
     * authors saw only train misses). Before this session's diagnosis work: train 56.7 / 45.0 / 2, holdout 65.7 / 56.6 / 2.
     */
    /*
     * The fresh set (scripts/corpus/scenarios/fresh.py, 2026-12-07) is measured like the holdout, never required to be
     * 100 %: before any rule for it, fresh_train 86.2 / 72.0 / 0 of 13, fresh_holdout 85.3 / 79.6 / 0 of 11; after rules
     * written from fresh_train misses, fresh_train 96.9 / 94.0 / 0, fresh_holdout unchanged.
     * The second fresh set (scenarios/fresh2.py, 85 captures, same day), before any rule for it: fresh2_train
     * 85.4 / 84.8 / 0 of 5, fresh2_holdout 93.2 / 65.6 / 0 of 10; after rules written from fresh2_train misses,
     * fresh2_train 97.6 / 97.0 / 0, fresh2_holdout unchanged.
     */
    private static final Map<String, double[]> FLOORS = Map.ofEntries(
            // split -> {right cause %, key details %, most negatives diagnosed}
            Map.entry("train", new double[] {99.0, 99.0, 0}),
            Map.entry("holdout", new double[] {97.5, 96.5, 0}),
            Map.entry("fresh_train", new double[] {96.0, 93.5, 0}),
            Map.entry("fresh_holdout", new double[] {95.0, 93.5, 0}),
            Map.entry("fresh2_train", new double[] {97.0, 96.0, 0}),
            Map.entry("fresh2_holdout", new double[] {97.0, 90.0, 0}),
            // fresh4 (i_*): before any rule for it train 77.8 / 66.7 / 2 of 17 (63 cases), holdout 85.2 / 80.5 / 0 of 8;
            // after the rules from fresh4_train (79 cases with 16 proofs of the same kinds) 98.7 / 98.2 / 0, holdout 87.0 / 82.9 / 0
            Map.entry("fresh4_train", new double[] {97.5, 97.0, 0}),
            Map.entry("fresh4_holdout", new double[] {95.5, 92.0, 0}),
            // fresh3 (h_*): before any rule for it train 92.2/85.0/1 of 9 (51 cases), holdout 91.0/77.6/0 of 15 (67); after
            // the rules written from fresh3_train and 40 more train captures (proofs, rounds 2 and 3) train 100/98.6/0 of 15
            // (91 cases; the same 91 with the rules before: 92.3/82.9/2 of 15), holdout 91.0/77.6/0 of 15, unchanged
            Map.entry("fresh3_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh3_holdout", new double[] {95.0, 89.0, 0}),
            // fresh5 (p_*, pasted text alone: no argv, no exit code): before any rule for it train 88.5 / 88.2 / 0 of 16
            // (78 cases), holdout 94.3 / 94.5 / 0 of 17; after the rules from fresh5_train (92 cases with 14 proofs of the
            // same kinds) 98.9 / 100 / 0 of 17, holdout 95.4 / 94.5 / 0 of 17
            Map.entry("fresh5_train", new double[] {98.0, 99.0, 0}),
            Map.entry("fresh5_holdout", new double[] {96.0, 95.5, 0}),
            // fresh6 (q_*, written blind): before any rule for it train 93.4 / 86.8 / 1 of 20 (76 cases), holdout 96.6 / 91.7 /
            // 1 of 10 (59); after the rules from fresh6_train train 99.2 / 98.9 / 1 of 25 (122 cases: the 76, 11 proofs, a second
            // round of 30 and its 5 proofs), holdout 96.6 / 91.7 / 1 of 10. Session 11 settled the convention its two timeout
            // negatives broke (a service that accepts and never answers is a connection failure, as in five other sets) and
            // relabelled them: train 100 / 98.9 / 0 of 24, holdout 98.3 / 91.8 / 0 of 9 (the +1 is the label, not a rule)
            Map.entry("fresh6_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh6_holdout", new double[] {99.5, 93.0, 0}),
            // fresh7 (r_*, written blind, 114 cases): before any rule for it train 96.1 / 97.3 / 0 of 10 (51 cases),
            // holdout 93.7 / 88.9 / 0 of 15 (63 cases); after the rule from fresh7_train (a Node socket error quoted alone in a
            // JSON log field) train 98.0 / 100 / 0 of 10, with 4 proofs of the kind 98.2 / 100 / 0 of 11 (55 cases; the old
            // rules 90.9 / 90.0), holdout unchanged
            Map.entry("fresh7_train", new double[] {99.5, 99.0, 0}),
            Map.entry("fresh7_holdout", new double[] {96.0, 97.0, 0}),
            // fresh8 (s_*, Node.js only, written blind, 70 cases), before any rule for it: train 92.5 / 83.3 / 0 of 8
            // (40 cases), holdout 90.0 / 73.9 / 0 of 5 (30 cases)
            // after the rules for its four remaining train kinds (s11-fresh9): train 100 / 100 / 0, holdout 90.0 / 78.3 / 0
            Map.entry("fresh8_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh8_holdout", new double[] {96.0, 90.5, 0}),
            // fresh9 (t_*, a second blind Node.js-only set, 114 cases), before any rule for it: train 78.6 / 71.4 / 2 of 12
            // (56 cases), holdout 86.2 / 66.7 / 2 of 16 (58 cases); four train labels then followed the project's convention
            // (a module system mismatch is import_error) and wscat was made to run: train 87.5 / 79.5 / 0 of 10; after the rules
            // from fresh9_train and fresh8_train (92 train cases: the 56, 18 proofs, rounds 2 and 3 of 9 and 7, 2 negatives;
            // the old rules 77.2 / 64.3 / 0 of 15 on them) train 97.8 / 94.3 / 0 of 15, holdout 89.7 / 75.8 / 2 of 16;
            // s11-node2 added 88 train-hashed cases (scenarios/fresh9b.py, t_r5_*, 42 negatives; the old rules 75.0 / 52.4 /
            // 1 of 42 on them, the new ones 98.9 / 97.6 / 0 of 42): train 98.3 / 96.4 / 0 of 57 (180 cases), holdout 91.4 / 75.8 / 2
            Map.entry("fresh9_train", new double[] {98.5, 98.0, 0}),
            Map.entry("fresh9_holdout", new double[] {92.5, 81.0, 2}),
            // fresh12 (w_*, written blind, 130 cases over Python, Node, shells and tools, Java), before any rule for it:
            // train 98.7 / 98.1 / 0 of 18 (75 cases), holdout 100 / 97.6 / 0 of 12 (55 cases)
            Map.entry("fresh12_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh12_holdout", new double[] {99.5, 97.0, 0}),
            // fresh13 (x_*, the final blind set of session 11 in hard-to-diagnose forms: causes printed early and followed by
            // cleanup or a parent's wrapper, logging and JSON log lines, child processes, test runners, npm/make wrappers,
            // retries; 109 cases), before any rule for it: train 94.4 / 81.0 / 0 of 11 (54 cases), holdout 92.7 / 90.0 / 0
            // of 12 (55 cases); one train label then set to the line gcc reports (train 81.0 key details after, 78.6 before)
            Map.entry("fresh13_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh13_holdout", new double[] {95.5, 94.5, 0}),
            // fresh14 (y_*, written blind in the outside corpora's mix and hard forms, 120 cases), before any rule for it:
            // train 98.2 / 95.2 / 0 of 12 (55 cases), holdout 95.4 / 94.1 / 1 of 12 (65 cases); after the rules from
            // fresh14_train (two kinds, 61 cases with 6 proofs; the old rules 96.7 / 87.2 on them) train 100 / 100 / 0 of 13,
            // holdout unchanged; a second round of 30 train-hashed scenarios and 3 proofs (94 cases; 96.8 / 95.9 before its
            // one kind, a Node system error's message logged alone) 100 / 100 / 0 of 19; a third round of 23 (15 negatives)
            // 117 cases: 99.1 / 100 / 0 of 34 (left: a WebSocketApp's refusal whose output never says WebSocket); a fourth
            // round of 16 and 9 proofs (142 cases, 93.7 / 89.1 before its four kinds) 99.3 / 100 / 0 of 37; a fifth round of
            // 12, no new kind (154 cases) 99.4 / 100 / 0 of 42; a sixth of 10 (164 cases) 99.4 / 99.1 / 0 of 45
            Map.entry("fresh14_train", new double[] {98.5, 98.5, 0}),
            Map.entry("fresh14_holdout", new double[] {96.0, 95.5, 1}),
            // fresh10 (u_*, Python apps and services, written blind, 120 cases), before any rule for it: train 98.2 / 88.4 /
            // 0 of 12 (55 cases), holdout 95.4 / 92.2 / 1 of 13 (65 cases); after the rules from fresh10_train (five kinds,
            // 66 cases with 11 proofs; the old rules 95.5 / 74.1 on them) train 100 / 100 / 0 of 12, holdout 95.4 / 94.1 / 1 of 13;
            // a second round of 37 blind train-hashed scenarios and 3 proofs (106 cases: 99.1 / 94.0 before its rules) 100 / 100 / 0 of 19;
            // a third round of 16 train-hashed negatives (3 diagnosed before its rules) train 100 / 100 / 0 of 35 (122 cases),
            // holdout 96.9 / 94.1 / 0 of 13; a fourth round of 26 blind train-hashed scenarios and 3 proofs (151 cases) 99.3 / 98.2 /
            // 0 of 35 (left: a rename's destination in a read-only folder, a close code logged only as a warning)
            Map.entry("fresh10_train", new double[] {99.5, 99.0, 0}),
            Map.entry("fresh10_holdout", new double[] {97.5, 95.5, 0}),
            // fresh11 (v_*, shells and command-line tools, written blind, 120 cases), before any rule for it: train
            // 93.5 / 82.6 / 0 of 15 (62 cases), holdout 89.7 / 87.0 / 0 of 12 (58 cases); two train labels then set to the
            // line the tool reports (gcc, git config: train 93.5 / 87.0 before); after the rules from fresh11_train
            // 98.4 / 97.8 / 0 of 15, holdout unchanged; with rounds 2 and 3 (24 + 12 train scenarios, 98 cases) and their two
            // kinds 98.0 / 97.4 / 0 of 21. s12-gaps: 43 train-hashed scenarios (fresh11b.py, v_r6_*) and the kinds they showed
            // (a C library header, curl upgrades shown in the output): train 98.6 / 98.1 / 0 of 37 (141 cases), holdout
            // 93.1 / 91.3 / 0 of 12 (numbers only). fresh10: 47 more train-hashed (fresh10b.py, u_r6_*): 100 / 99.3 / 0 of 52.
            // fresh12_train and fresh13_train 100 / 100 / 0 after the s12-gaps kinds (aiohttp's ContentTypeError, curl's 401)
            Map.entry("fresh11_train", new double[] {98.0, 97.5, 0}),
            Map.entry("fresh11_holdout", new double[] {96.0, 95.0, 0}),
            // fresh15 (z_*, written blind in session 12, 120 cases, half Node, a fifth Java, Python, shells/make/npm driving
            // them, in hard forms; 26 negatives), before any rule for it: train 90.9 / 78.0 / 0 of 20 (66 cases), holdout
            // 88.9 / 80.4 / 0 of 6 (54 cases); after the rules for its nine train kinds (and Java traces of default-package
            // classes) train 100 / 100 / 0 of 20, holdout 90.7 / 82.6 / 0 of 6; with four more blind train-hashed rounds
            // (z_r2_* to z_r5_*, 111 cases, 31 negatives) and their kinds train 100 / 100 / 0 of 51 (177), holdout 92.6 / 82.6 / 0 of 6
            Map.entry("fresh15_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh15_holdout", new double[] {95.5, 88.5, 0}),
            // fresh16 (k_*, the last blind set of session 12, 110 cases in the outside corpora's mix and hard forms; 25
            // negatives), before any rule for it: train 93.1 / 84.4 / 1 of 11 (58 cases), holdout 100 / 93.9 / 0 of 14 (52 cases)
            Map.entry("fresh16_train", new double[] {99.5, 95.0, 1}),
            Map.entry("fresh16_holdout", new double[] {99.5, 93.5, 0}),
            // fresh19 (o_*, written blind in session 13, 110 cases in the outside corpora's mix and hard forms; 25
            // negatives), before any rule for it: train 98.1 / 95.1 / 0 of 11 (54 cases), holdout 100 / 95.1 / 0 of 14 (56 cases)
            Map.entry("fresh19_train", new double[] {97.5, 94.5, 0}),
            Map.entry("fresh19_holdout", new double[] {99.5, 94.5, 0}),
            // fresh21 (j_*, written blind in session 13 as the HARD estimate: 110 cases in hard forms, 25 negatives),
            // before any rule for it: train 92.0 / 86.1 / 0 of 12 (50 cases), holdout 90.0 / 74.5 / 0 of 13 (60 cases)
            Map.entry("fresh21_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh21_holdout", new double[] {89.5, 76.0, 0}),
            // fresh17 (m_*, written blind in session 13, 110 cases in the outside mix with key details in hard places; 26
            // negatives), before any rule for it: train 100 / 95.5 / 0 of 15 (59 cases), holdout 96.1 / 87.5 / 0 of 11 (51 cases);
            // after its two kinds (code run from a string, a spawn message in a program's words) train 100 / 100 / 0 of 15;
            // a second round of 27 train-hashed scenarios by the same author (m_r2_*, fresh17b.py) 100 / 100 / 0 of 22 (86 cases)
            Map.entry("fresh17_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh17_holdout", new double[] {95.5, 89.5, 0}),
            // fresh18 (n_*, written blind in session 13, 117 cases: 60 Node, 30 Java, 13 shells/make, 14 Python talking to
            // Node/Java services; 24 negatives), before any rule for it: train 88.7 / 81.3 / 0 of 5 (53 cases), holdout
            // 95.3 / 95.3 / 1 of 19 (64 cases); after its kinds and a train-hashed second round (fresh18b, 20 cases) train
            // 100 / 100 / 0 of 9 (73 cases), holdout unchanged
            Map.entry("fresh18_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh18_holdout", new double[] {94.5, 94.5, 1}),
            // fresh20 (l_*, written blind in session 13: 80 real programs failing under a non-English message language, 16
            // negatives), before any rule for it: train 32.4 / 13.8 / 0 of 7 (37 cases), holdout 37.2 / 17.6 / 0 of 9 (43 cases);
            // with translated messages read as English (parse/Localized, no DRL) train 91.9 / 89.7 / 0, holdout 83.7 / 76.5 / 0;
            // after its 8 programs that are not installed were relabelled to the corpus convention (file_not_found, the
            // program as path, as in nine cases of other sets) train 100 / 100 / 0, holdout 95.3 / 91.2 / 0
            Map.entry("fresh20_train", new double[] {99.5, 99.5, 0}),
            Map.entry("fresh20_holdout", new double[] {94.8, 90.7, 0}),
            // fresh22 (e_*, written blind in session 13 as a second hard estimate, 102 cases: 34 Node, 18 Java, 27 shells
            // and tools, 23 Python in unusual wrappers; 25 negatives), before any rule for it: train 98.0 / 91.7 / 0 of 14
            // (51 cases), holdout 90.2 / 82.5 / 0 of 11 (51 cases)
            Map.entry("fresh22_train", new double[] {97.5, 91.0, 0}),
            Map.entry("fresh22_holdout", new double[] {89.5, 82.0, 0}),
            // fresh23 (a_*, written blind in session 14 as a third hard estimate, 127 cases in two blind rounds: 44 Python,
            // 31 Node, 15 Java, 37 shells and tools; 29 negatives), before any rule for it: train 98.4 / 97.8 / 0 of 18
            // (64 cases), holdout 96.8 / 90.2 / 0 of 11 (63 cases); the first round alone (107 cases) 100 / 100 / 0 and
            // 100 / 95.0 / 0
            Map.entry("fresh23_train", new double[] {97.9, 97.3, 0}),
            Map.entry("fresh23_holdout", new double[] {96.3, 89.7, 0}),
            // kinds14n (d_*, session 14 s14-neg: 61 probes of negatives in hard forms and positive twins, all train-hashed),
            // before any rule for them: 75.4 % causes, 15 of 55 negatives diagnosed; with the round's six kinds and its 20
            // proofs 97.5 / 100 / 2 of 71 (JSON data rows that quote errors, a validation message quoting one); the validation
            // message is dismissed by s15-kinds-a's "An error text quoted as a value a validation rejected is data": 1 of 71
            Map.entry("kinds14n_train", new double[] {97.0, 99.5, 1}),
            // kinds14b (c_*, session 14, s14-kinds-b): train-hashed proofs of the kinds written from 82 probed Node/Java
            // programs (16 cases, 3 negatives): 1 of 16 right on the rules before those kinds, 16 of 16 after
            Map.entry("kinds14b_train", new double[] {99.5, 99.5, 0}),
            // kinds14a (b_*, session 14, s14-kinds-a: 20 train-hashed proofs of five kinds found by probing 114 real runs of
            // Python in unusual wrappers and of shells and tools): before the kinds 85.0 / 5.9 / 0 of 3, after 100 / 100 / 0
            Map.entry("kinds14a_train", new double[] {99.5, 99.5, 0}),
            // fresh24 (fa_*, written blind in session 15 as the next estimate of the outside corpora, 138 cases in two blind
            // rounds: 55 Python, 27 Node, 13 Java, 15 shells, 28 tools; 29 negatives), before any rule for it: train
            // 98.4 / 95.2 / 0 of 17 (62 cases), holdout 98.7 / 95.2 / 0 of 12 (76 cases); the first round alone (108 cases)
            // 99.1 / 96.4 / 0 of 24
            Map.entry("fresh24_train", new double[] {97.9, 94.7, 0}),
            Map.entry("fresh24_holdout", new double[] {98.2, 94.7, 0}),
            // kinds15b (kb_*, session 15, s15-kinds-b: 23 train-hashed proofs of the log-format and supervisor kinds found by
            // probing 104 real runs): the first 19 on the parsers before those kinds 84.2 / 28.6 / 0 of 4, the last 4
            // (platforms' prefixes: Heroku, compose -t, kubectl --timestamps, ts's brackets) 0 of 4 key details before them;
            // after 100 / 100 / 0 of 4
            Map.entry("kinds15b_train", new double[] {99.5, 99.5, 0}),
            // kinds15a (ka_*, session 15, s15-kinds-a: train-hashed proofs of the kinds found by probing 69 real runs of syntax
            // errors reported without a traceback, AggregateErrors, WebSocket clients that never say so, errors without their
            // type, and negatives in those forms; 30 cases, 5 negatives): before the kinds 50.0 / 12.5 / 2 of 5, after 100 / 100 / 0
            Map.entry("kinds15a_train", new double[] {99.5, 99.5, 0}),
            // fresh25 (fb_*, written blind in session 16 as the next estimate of the outside corpora, 140 cases in two blind
            // rounds: 49 Python, 34 Node, 12 Java, 22 shells, 23 tools; 30 negatives), before any rule for it (rules of the
            // branch point 32b1a6e): train 94.1 / 94.2 / 1 of 16 (68 cases), holdout 97.2 / 94.5 / 0 of 14 (72 cases); the first
            // round alone (110 cases) 95.5 / 92.9 / 0 of 24
            Map.entry("fresh25_train", new double[] {93.6, 93.7, 1}),
            Map.entry("fresh25_holdout", new double[] {96.7, 94.0, 0}),
            // fresh26 (fc_*, written blind in session 17, 149 cases in two blind rounds: 61 Python, 35 Node, 13 Java, 23 shells,
            // 17 tools and C; 39 negatives), before any rule for it (rules of main at 6ad27ea): train 98.5 / 97.6 / 0 of 22
            // (66 cases), holdout 96.4 / 95.4 / 0 of 17 (83 cases); the first round alone (116 cases) 98.3 / 97.6 / 0 of 31
            Map.entry("fresh26_train", new double[] {98.0, 97.1, 0}),
            Map.entry("fresh26_holdout", new double[] {95.9, 94.9, 0}),
            // kinds16a (kc_*, session 16, s16-kinds-a: train-hashed proofs of the kinds found by probing 73 real runs: a port
            // given only in the argv, a wait loop's words with that port, TAP's empty-message AggregateError stated by its code,
            // sqlite3's 'cannot open' of a dot-command's input, JSON rows of data quoting errors; 20 cases, 6 negatives): before
            // 45.0 / 18.2 / 3 of 6, after 100 / 100 / 0
            Map.entry("kinds16a_train", new double[] {99.5, 99.5, 0}),
            // kinds16b (kd_*, session 16, s16-kinds-b: 19 train-hashed proofs of the key-detail kinds found by probing 174 real
            // runs: a refused two-path call's destination, database/broker URLs in the argv and the output, the argv's port at
            // the error's host, a script fed to an interpreter's stdin, mawk's end-of-file brace): before the kinds
            // 94.7 / 21.1, after 100 / 100
            Map.entry("kinds16b_train", new double[] {99.5, 99.5, 0}),
            // kinds17b (kf_*, session 17, s17-kinds-b: 16 train-hashed proofs of the kinds found by probing 65 real runs: a make
            // recipe feeding an interpreter its script on stdin or as a here-document, a close code alone after closed/dropped/
            // lost/disconnected in a program's own line, retried warnings with the address and last words that give up without
            // one, npm install of a missing local folder; 3 negatives): before 68.8 / 0.0 / 0 of 3, after 100 / 100 / 0
            Map.entry("kinds17b_train", new double[] {99.5, 99.5, 0}),
            // kinds17a (ke_*, session 17, s17-kinds-a: 28 train-hashed proofs of the kinds found by probing 69 real runs: an
            // HTTP client printing a server's error answer whose body holds the server's exception (negative) and its twins,
            // exception groups, exec of a file's text, multiprocessing remote tracebacks, pip with no index or no local
            // project; 12 negatives): before 50.0 / 56.3 / 11 of 12, after 96.4 / 93.8 / 1 of 12
            Map.entry("kinds17a_train", new double[] {96.0, 93.5, 1}));

    static List<Corpus.Case> cases;
    static List<CorpusScore.Result> results;

    @BeforeAll
    static void score() throws RuleCompileException {
        cases = Corpus.cases("captured");
        results = CorpusScore.withDefaultRules().score(cases);
    }

    @Test
    void corpusIsLargeAndCoversEveryCauseInBothSplits() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(cases).filteredOn(c -> c.cause().equals("negative")).hasSizeGreaterThanOrEqualTo(60);
        for (String split : List.of("train", "holdout")) {
            List<Corpus.Case> in = cases.stream().filter(c -> c.split().equals(split)).toList();
            assertThat(in).as("cases in %s", split).hasSizeGreaterThanOrEqualTo(100);
            for (String cause : CAUSES)
                assertThat(in).as("%s cases in %s", cause, split).filteredOn(c -> c.cause().equals(cause))
                        .hasSizeGreaterThanOrEqualTo(5);
            assertThat(in).as("negatives in %s", split).filteredOn(c -> c.cause().equals("negative"))
                    .hasSizeGreaterThanOrEqualTo(20);
        }
        assertThat(cases).allSatisfy(c -> {
            // fresh_*: the fresh set (scripts/corpus/scenarios/fresh.py), measured like the holdout, no floor of 100 %
            // and fresh2_*, fresh3_*, ...: each later fresh set (scenarios/freshN.py) is split the same way; kinds14n_*,
            // kinds14a_*, kinds14b_*: a rule writer's round of probes and proofs (scenarios/kinds14*.py), all train
            assertThat(c.split()).matches("train|holdout|(fresh\\d*|kinds\\d+[a-z]*)_(train|holdout)");
            assertThat(c.ecosystem()).isNotEmpty();
            assertThat(c.text().length()).as("%s is small", c.file()).isLessThan(24 * 1024);
        });
    }

    @Test
    void defaultRulesStayAboveTheFloors() {
        Map<String, CorpusScore.Tally> bySplit = CorpusScore.tallyBySplit(results);
        for (Map.Entry<String, double[]> f : FLOORS.entrySet()) {
            CorpusScore.Tally t = bySplit.get(f.getKey());
            assertThat(t).as("split %s", f.getKey()).isNotNull();
            // numbers only: the holdout misses stay unnamed (CorpusScore --show-holdout names them)
            assertThat(t.causePercent()).as("%s right causes %%", f.getKey()).isGreaterThanOrEqualTo(f.getValue()[0]);
            assertThat(t.detailsPercent()).as("%s key details %%", f.getKey()).isGreaterThanOrEqualTo(f.getValue()[1]);
            assertThat(t.negativesDiagnosed()).as("%s negatives diagnosed", f.getKey())
                    .isLessThanOrEqualTo((int) f.getValue()[2]);
        }
    }
}
