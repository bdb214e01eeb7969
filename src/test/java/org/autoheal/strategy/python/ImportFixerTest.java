package org.autoheal.strategy.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text rewrites checked exactly; the realistic ones also run with python3 afterwards. */
@Tag(Tags.PROCESS)
class ImportFixerTest {
    @TempDir
    Path dir;

    private final ImportFixer fixer = new ImportFixer();

    @Test
    void movedName_alone_changesOnlyTheModule() throws Exception {
        String src = "from collections import Mapping  # old\n\nprint(isinstance({}, Mapping))\n";
        String fixed = fixer.moveKnownName(src, 1, "collections", "Mapping").orElseThrow();
        assertThat(fixed).isEqualTo(src.replace("from collections import", "from collections.abc import"));
        Path f = Files.writeString(dir.resolve("inventory.py"), fixed);
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("True\n");
    }

    @Test
    void movedName_amongOthers_staysAndGetsItsOwnLine() throws Exception {
        String src = "import sys\nif True:\n    from collections import Mapping as M, OrderedDict\n    print(isinstance(OrderedDict(), M))\n";
        String fixed = fixer.moveName(src, 3, "collections", "Mapping", "collections.abc").orElseThrow();
        assertThat(fixed).isEqualTo("import sys\nif True:\n    from collections import OrderedDict\n"
                + "    from collections.abc import Mapping as M\n    print(isinstance(OrderedDict(), M))\n");
        Path f = Files.writeString(dir.resolve("a.py"), fixed);
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("True\n");
    }

    @Test
    void movedName_lastInList_andCrlf() {
        String src = "x = 1\r\nfrom collections import OrderedDict, Iterable\r\ny = 2\r\n";
        assertThat(fixer.moveKnownName(src, 2, "collections", "Iterable")).contains(
                "x = 1\r\nfrom collections import OrderedDict\r\nfrom collections.abc import Iterable\r\ny = 2\r\n");
        String eof = "from collections import Iterable, deque";
        assertThat(fixer.moveKnownName(eof, 1, "collections", "Iterable"))
                .contains("from collections import deque\nfrom collections.abc import Iterable");
    }

    @Test
    void movedName_parenthesisedMultiLine_keepsCommentsOfTheOthers() throws Exception {
        String src = "from collections import (  # containers\n    Mapping,  # moved\n    OrderedDict,\n"
                + "    Sequence,\n    deque,  # keep\n)\nprint(Mapping, Sequence, OrderedDict, deque)\n";
        String once = fixer.moveKnownName(src, 1, "collections", "Mapping").orElseThrow();
        String twice = fixer.moveKnownName(once, 1, "collections", "Sequence").orElseThrow();
        assertThat(twice).isEqualTo("from collections import (  # containers\n    OrderedDict,\n    deque,  # keep\n)\n"
                + "from collections.abc import Sequence\nfrom collections.abc import Mapping\n"
                + "print(Mapping, Sequence, OrderedDict, deque)\n");
        Path f = Files.writeString(dir.resolve("m.py"), twice);
        assertThat(Py.run(dir, f.toString()).exit()).isZero();
    }

    @Test
    void movedName_refusesWhatItCannotRewriteSafely() {
        assertThat(fixer.moveKnownName("import collections\nx = collections.Mapping\n", 1, "collections", "Mapping")).isEmpty();
        assertThat(fixer.moveKnownName("import collections\nx = collections.Mapping\n", 2, "collections", "Mapping")).isEmpty();
        assertThat(fixer.moveKnownName("from collections import deque\n", 1, "collections", "Mapping")).isEmpty();
        assertThat(fixer.moveKnownName("from collections import Mapping; x = 1\n", 1, "collections", "Mapping")).isEmpty();
        assertThat(fixer.moveKnownName("from .collections import Mapping\n", 1, "collections", "Mapping")).isEmpty();
        assertThat(fixer.moveKnownName("from collections import Mapping\n", 2, "collections", "Mapping")).isEmpty();
        assertThat(fixer.moveKnownName("from collections import OrderedDict\n", 1, "collections", "OrderedDict")).isEmpty();
    }

    @Test
    void submoduleName_foundByTheInterpreter_thenScriptRuns() throws Exception {
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.createDirectories(tools.resolve("shop"));
        Files.writeString(tools.resolve("shop/__init__.py"), "");
        Files.writeString(tools.resolve("shop/pricing.py"), "def net_price(p):\n    return round(p * 0.8, 2)\n");
        Path script = Files.writeString(tools.resolve("pricing_report.py"),
                "from shop import net_price\n\nprint(net_price(10))\n");
        assertThat(Py.run(dir, "tools/pricing_report.py").output()).contains("cannot import name 'net_price'");

        PythonInterpreter py = new PythonInterpreter("python3", dir);
        String module = py.findNameInSubmodules("shop", "net_price", tools).orElseThrow();
        assertThat(module).isEqualTo("shop.pricing");
        String fixed = fixer.moveName(Files.readString(script), 1, "shop", "net_price", module).orElseThrow();
        Files.writeString(script, fixed);
        assertThat(fixed).startsWith("from shop.pricing import net_price\n");
        assertThat(Py.run(dir, "tools/pricing_report.py").output()).isEqualTo("8.0\n");
    }

    @Test
    void renameModule_allForms() {
        assertThat(fixer.renameModule("import oldlib\n", 1, "oldlib", "newlib")).contains("import newlib as oldlib\n");
        assertThat(fixer.renameModule("import os, oldlib as o\n", 1, "oldlib", "newlib")).contains("import os, newlib as o\n");
        assertThat(fixer.renameModule("import oldlib.sub as s\n", 1, "oldlib", "new.lib")).contains("import new.lib.sub as s\n");
        assertThat(fixer.renameModule("from oldlib import a, b\n", 1, "oldlib", "newlib")).contains("from newlib import a, b\n");
        assertThat(fixer.renameModule("from oldlib.sub import a\n", 1, "oldlib", "newlib")).contains("from newlib.sub import a\n");
        // the bound name would change: refused
        assertThat(fixer.renameModule("import oldlib.sub\n", 1, "oldlib", "newlib")).isEmpty();
        assertThat(fixer.renameModule("import a.oldlib\n", 1, "a.oldlib", "newlib")).isEmpty();
        assertThat(fixer.renameModule("import oldlibrary\n", 1, "oldlib", "newlib")).isEmpty();
        assertThat(fixer.renameModule("from .oldlib import a\n", 1, "oldlib", "newlib")).isEmpty();
        assertThat(fixer.renameModule("x = 'import oldlib'\n", 1, "oldlib", "newlib")).isEmpty();
    }

    @Test
    void renameModule_thenScriptRuns() throws Exception {
        Files.writeString(dir.resolve("newlib.py"), "def hello():\n    return 'hi'\n");
        String src = "import sys\nimport oldlib\nfrom oldlib import hello\nprint(oldlib.hello(), hello())\n";
        String fixed = fixer.renameModule(src, 2, "oldlib", "newlib").orElseThrow();
        fixed = fixer.renameModule(fixed, 3, "oldlib", "newlib").orElseThrow();
        Path f = Files.writeString(dir.resolve("main.py"), fixed);
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("hi hi\n");
    }

    @Test
    void relativeImport_getsAFallback_andRunsBothAsScriptAndAsModule() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("helpers.py"), "def load():\n    return 'loaded'\n");
        Path runner = Files.writeString(pkg.resolve("runner.py"),
                "import sys\nfrom .helpers import load  # data\n\nprint(load())\n");
        assertThat(Py.run(dir, "pkg/runner.py").output()).contains("attempted relative import with no known parent package");

        String fixed = fixer.relativeToFallback(Files.readString(runner), 2).orElseThrow();
        assertThat(fixed).isEqualTo("import sys\ntry:\n    from .helpers import load  # data\nexcept ImportError:\n"
                + "    from helpers import load  # data\n\nprint(load())\n");
        Files.writeString(runner, fixed);
        assertThat(Py.run(dir, "pkg/runner.py").output()).isEqualTo("loaded\n");
        assertThat(Py.run(dir, "-m", "pkg.runner").output()).isEqualTo("loaded\n");
    }

    @Test
    void relativeImportOfSibling_fallsBackToPlainImport() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("helpers.py"), "def load():\n    return 'ok'\n");
        Path runner = Files.writeString(pkg.resolve("runner.py"),
                "def main():\n\tfrom . import (helpers,\n\t\t)\n\tprint(helpers.load())\n\n\nmain()\n");
        String fixed = fixer.relativeToFallback(Files.readString(runner), 2).orElseThrow();
        assertThat(fixed).isEqualTo("def main():\n\ttry:\n\t\tfrom . import (helpers,\n\t\t\t)\n\texcept ImportError:\n"
                + "\t\timport helpers\n\tprint(helpers.load())\n\n\nmain()\n");
        Files.writeString(runner, fixed);
        assertThat(Py.run(dir, "pkg/runner.py").output()).isEqualTo("ok\n");
        assertThat(Py.run(dir, "-m", "pkg.runner").output()).isEqualTo("ok\n");
    }

    @Test
    void relativeImport_refusesNonRelativeAndDeeperImports() {
        assertThat(fixer.relativeToFallback("from helpers import load\n", 1)).isEmpty();
        assertThat(fixer.relativeToFallback("from ..helpers import load\n", 1)).isEmpty();
        assertThat(fixer.relativeToFallback("from . import *\n", 1)).isEmpty();
        assertThat(fixer.relativeToFallback("x = 1\n", 1)).isEmpty();
        assertThat(fixer.relativeToFallback("from .helpers import load\n", 0)).isEmpty();
    }

    @Test
    void hostileNames_areRefused() {
        for (String bad : List.of("os; import x", "__import__('os')", "-c", "a..b", "", "x y")) {
            assertThatThrownBy(() -> fixer.moveName("from a import b\n", 1, bad, "b", "c"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> fixer.moveName("from a import b\n", 1, "a", bad, "c"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> fixer.moveName("from a import b\n", 1, "a", "b", bad))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> fixer.renameModule("import a\n", 1, "a", bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void movedNamesTable_matchesTheRealInterpreter() throws Exception {
        StringBuilder check = new StringBuilder("import importlib, warnings\nwarnings.simplefilter('ignore')\nbad = []\n");
        MovedNames.all().forEach((old, module) -> {
            String name = old.substring(old.lastIndexOf('.') + 1);
            check.append("if not hasattr(importlib.import_module('").append(module).append("'), '")
                    .append(name).append("'): bad.append('").append(old).append("')\n");
        });
        check.append("print('missing:', bad)\n");
        assertThat(MovedNames.all()).containsEntry("collections.Mapping", "collections.abc").hasSizeGreaterThan(22);
        assertThat(Py.run(dir, "-c", check.toString()).output()).isEqualTo("missing: []\n");
    }
}
