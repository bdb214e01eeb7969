package org.autoheal.strategy.python;

/**
 * The fixed programs run with {@code python -c}. They take all variable input from sys.argv
 * (never from string interpolation) and print one result line starting with a marker, after
 * silencing whatever the imported user modules print.
 */
final class InterpreterScripts {
    static final String COMPILE_MARK = "AUTOHEAL-COMPILE\t";
    static final String FOUND_MARK = "AUTOHEAL-FOUND\t";
    static final String IMPORT_MARK = "AUTOHEAL-IMPORT\t";

    private InterpreterScripts() {
    }

    /** argv: source file, display name. Prints OK, or ERR type line message. */
    static final String COMPILE = """
            import sys
            path, name = sys.argv[1], sys.argv[2]
            with open(path, encoding='utf-8', newline='') as f:
                src = f.read()
            try:
                compile(src, name, 'exec', dont_inherit=True)
            except SyntaxError as e:
                msg = ' '.join(str(e.msg).split())
                print('AUTOHEAL-COMPILE\\tERR\\t%s\\t%d\\t%s' % (type(e).__name__, e.lineno or 0, msg))
            except Exception as e:
                print('AUTOHEAL-COMPILE\\tERR\\t%s\\t0\\t%s' % (type(e).__name__, ' '.join(str(e).split())))
            else:
                print('AUTOHEAL-COMPILE\\tOK')
            """;

    /** argv: search dir, package, name. Prints the submodule that defines (else: has) the name. */
    static final String FIND_NAME = """
            import sys, io, importlib, pkgutil, contextlib
            search, pkg, name = sys.argv[1], sys.argv[2], sys.argv[3]
            sys.path.insert(0, search)
            definer = holder = None
            sink = io.StringIO()
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                try:
                    todo = [(list(getattr(importlib.import_module(pkg), '__path__', [])), pkg + '.', 0)]
                except BaseException:
                    todo = []
                seen = 0
                while todo and definer is None and seen < 500:
                    paths, prefix, depth = todo.pop(0)
                    try:
                        infos = sorted(pkgutil.iter_modules(paths, prefix), key=lambda i: i.name)
                    except BaseException:
                        continue
                    for info in infos:
                        seen += 1
                        try:
                            mod = importlib.import_module(info.name)
                        except BaseException:
                            continue
                        if name in vars(mod):
                            if getattr(vars(mod)[name], '__module__', None) == info.name:
                                definer = info.name
                                break
                            holder = holder or info.name
                        if info.ispkg and depth < 4:
                            todo.append((list(getattr(mod, '__path__', [])), info.name + '.', depth + 1))
            found = definer or holder
            print('AUTOHEAL-FOUND\\t' + (found or ''))
            """;

    /** argv: search dir, module. Prints yes when importing the module succeeds. */
    static final String CAN_IMPORT = """
            import sys, io, importlib, contextlib
            search, mod = sys.argv[1], sys.argv[2]
            sys.path.insert(0, search)
            sink = io.StringIO()
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                try:
                    importlib.import_module(mod)
                    ok = True
                except BaseException:
                    ok = False
            print('AUTOHEAL-IMPORT\\t' + ('yes' if ok else 'no'))
            """;
}
