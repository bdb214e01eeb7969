package org.autoheal.process;

/** Small Python programs the process tests run as toolchains and services (standard library only). */
final class Scripts {
    private Scripts() {
    }

    /** An HTTP client that fails with a connection error while its server is down. */
    static String httpClient(int port) {
        return "import urllib.request\n"
                + "print('status', urllib.request.urlopen('http://127.0.0.1:" + port + "/', timeout=3).status)\n";
    }

    /** A TCP client: reads one line from the server. */
    static String tcpClient(int port) {
        return "import socket\n"
                + "s = socket.create_connection(('127.0.0.1', " + port + "), timeout=3)\n"
                + "print('got', s.recv(64).decode().strip())\n";
    }

    /** A TCP server on argv[1] that answers one line per connection; with argv[2] == 'ignore-term' it ignores SIGTERM. */
    static final String TCP_SERVER = """
            import signal, socket, sys
            if len(sys.argv) > 2 and sys.argv[2] == 'ignore-term':
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(('127.0.0.1', int(sys.argv[1])))
            s.listen(16)
            print('listening on', sys.argv[1], flush=True)
            while True:
                c, _ = s.accept()
                c.sendall(b'feed ok\\n')
                c.close()
            """;

    /**
     * The restart command of a service that something else manages: records the call, stops the
     * previous server by its pid file, starts a new one in its own session, records its pid.
     */
    static final String EXTERNAL_RESTART = """
            import os, signal, subprocess, sys
            here = os.path.dirname(os.path.abspath(__file__))
            state = os.path.join(here, '..', 'ext')
            os.makedirs(state, exist_ok=True)
            with open(os.path.join(state, 'calls.log'), 'a') as f:
                f.write('restart\\n')
            pid_file = os.path.join(state, 'server.pid')
            if os.path.exists(pid_file):
                try:
                    os.kill(int(open(pid_file).read()), signal.SIGTERM)
                except (ProcessLookupError, ValueError):
                    pass
            log = open(os.path.join(state, 'server.log'), 'a')
            p = subprocess.Popen([sys.executable, os.path.join(here, 'tcp_server.py'), sys.argv[1]],
                                 stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            open(pid_file, 'w').write(str(p.pid))
            """;

    /** The matching stop command: records the call, SIGTERMs the server, waits until it is gone. */
    static final String EXTERNAL_STOP = """
            import os, signal, time
            here = os.path.dirname(os.path.abspath(__file__))
            state = os.path.join(here, '..', 'ext')
            with open(os.path.join(state, 'calls.log'), 'a') as f:
                f.write('stop\\n')
            pid_file = os.path.join(state, 'server.pid')
            pid = int(open(pid_file).read())
            os.kill(pid, signal.SIGTERM)
            for _ in range(100):
                try:
                    os.kill(pid, 0)
                    if open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()[0] == 'Z':
                        break
                except (ProcessLookupError, FileNotFoundError):
                    break
                time.sleep(0.05)
            os.remove(pid_file)
            """;
}
