#!/usr/bin/env python3
"""Hostile clients for bench/hostile.sh, each bounded in time and count, loopback only.

Usage: hostile.py PORT probe OUT PHASEFILE STOPFILE | idle N SECONDS | disconnect N |
       pipeline CONNECTIONS REQUESTS | oversized | empty-batch N | broken-gzip-batch N |
       slow-empty-batch N SECONDS | gauges
"""
import gzip, os, random, socket, sys, threading, time, zlib

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
ARTICLE = open(os.path.join(os.path.dirname(__file__), "..", "Tests/CoreTests/Fixtures/seed-article.txt"), "rb").read()


def connect(timeout=5.0):
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_response(s, deadline):
    """Reads one response (Content-Length framed); returns (status, body) or None."""
    data = b""
    while b"\r\n\r\n" not in data:
        if time.monotonic() > deadline:
            return None
        chunk = s.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        if time.monotonic() > deadline:
            return None
        chunk = s.recv(65536)
        if not chunk:
            return None
        body += chunk
    return status, body


def read_chunked(s, deadline):
    """Reads one response whose body may be chunked; returns (status, headers, body, complete).
    complete is False when the connection ended (or the deadline passed) before the last chunk."""
    data = b""
    while b"\r\n\r\n" not in data:
        if time.monotonic() > deadline:
            return None
        chunk = s.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower().decode()] = value.strip().decode()
    if headers.get("transfer-encoding") != "chunked":
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            if time.monotonic() > deadline:
                return status, headers, rest, False
            chunk = s.recv(65536)
            if not chunk:
                return status, headers, rest, False
            rest += chunk
        return status, headers, rest[:length], True
    body = b""
    while True:
        while b"\r\n" not in rest:
            if time.monotonic() > deadline:
                return status, headers, body, False
            chunk = s.recv(65536)
            if not chunk:
                return status, headers, body, False
            rest += chunk
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        while len(rest) < size + 2:
            if time.monotonic() > deadline:
                return status, headers, body, False
            chunk = s.recv(65536)
            if not chunk:
                return status, headers, body, False
            rest += chunk
        body += rest[:size]
        rest = rest[size + 2:]
        if size == 0:
            return status, headers, body, True


BATCH_HEAD = b"POST /v1/analyze/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"


def empty_batch(count):
    """Empty batch bodies (Content-Length: 0 and a lone last chunk), one after another on one
    connection and on fresh ones: each must be answered at once, 200 with an empty body."""
    ok, failed, worst = 0, 0, 0.0
    deadline = time.monotonic() + 60
    kept = connect()
    for i in range(count):
        if time.monotonic() > deadline:
            break
        body = b"Content-Length: 0\r\n\r\n" if i % 2 == 0 else b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        start = time.monotonic()
        try:
            s = kept if i % 4 < 2 else connect()
            s.sendall(BATCH_HEAD + body)
            answer = read_chunked(s, start + 2.0)
            if s is not kept:
                s.close()
            good = answer is not None and answer[0] == 200 and answer[2] == b"" and answer[3]
        except OSError:
            good = False
        worst = max(worst, (time.monotonic() - start) * 1000)
        if good:
            ok += 1
        else:
            failed += 1
            if i % 4 < 2:
                kept.close()
                kept = connect()
    kept.close()
    print(f"empty-batch: {ok} answered 200 with an empty body, {failed} not, slowest {worst:.1f} ms")


def broken_gzip_batch(count):
    """Batches whose gzip body is broken: a bad header must be a 400 invalid_gzip; a stream cut
    before its end, or followed by junk after its lines were answered, must end with an error line
    and the chunked terminator."""
    lines = b"".join(b'{"id":%d,"text":"Munich: NATO urged more talks."}\n' % n for n in range(20))
    whole = gzip.compress(lines)
    cases = ["bad-header", "truncated", "junk-after-answers"]
    results = {name: [0, 0] for name in cases}
    deadline = time.monotonic() + 60
    for i in range(count):
        if time.monotonic() > deadline:
            break
        name = cases[i % len(cases)]
        try:
            s = connect()
            if name == "bad-header":
                body = b"this is not gzip\n" * 10
                s.sendall(BATCH_HEAD + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
            elif name == "truncated":
                body = whole[:-8]  # every line, but not the stream's end
                s.sendall(BATCH_HEAD + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
            else:
                s.sendall(BATCH_HEAD + b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                          + b"%x\r\n" % len(whole) + whole + b"\r\n")
                time.sleep(0.05)
                s.sendall(b"4\r\njunk\r\n")
            answer = read_chunked(s, time.monotonic() + 10.0)
            s.close()
            if name == "bad-header":
                good = answer is not None and answer[0] == 400 and b'"invalid_gzip"' in answer[2]
            else:
                answered = answer[2].rstrip(b"\n").split(b"\n") if answer else []
                good = (answer is not None and answer[0] == 200 and answer[3] and len(answered) == 21
                        and b'"invalid_gzip"' in answered[-1])
        except OSError:
            good = False
        results[name][0 if good else 1] += 1
    print("broken-gzip-batch: " + ", ".join(f"{k} {v[0]} ok / {v[1]} not" for k, v in results.items()))


def slow_empty_batch(count, seconds):
    """COUNT connections at once trickle a batch head over SECONDS, then end an empty chunked
    body: every one must get its complete answer, and none may be left behind."""
    request = BATCH_HEAD + b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    sockets = []
    for _ in range(count):
        try:
            sockets.append(connect(timeout=seconds + 10))
        except OSError as error:
            print(f"slow-empty-batch: connect failed after {len(sockets)}: {error}")
            break
    pieces = 10
    step = max(1, len(request) // pieces)
    for k in range(0, len(request), step):
        for s in sockets:
            try:
                s.sendall(request[k:k + step])
            except OSError:
                pass
        time.sleep(seconds / pieces)
    ok = 0
    for s in sockets:
        try:
            answer = read_chunked(s, time.monotonic() + 5.0)
            if answer is not None and answer[0] == 200 and answer[3] and answer[2] == b"":
                ok += 1
        except OSError:
            pass
        s.close()
    print(f"slow-empty-batch: {ok} of {len(sockets)} answered completely after a {seconds:.0f}s trickle")


def gauges():
    """Prints the server's open_connections and in_flight gauges as seen from /metrics."""
    s = connect()
    s.sendall(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    answer = read_response(s, time.monotonic() + 5)
    s.close()
    values = {}
    for line in (answer[1] if answer else b"").decode().splitlines():
        for name in ("lede_http_open_connections", "lede_http_requests_in_flight"):
            if line.startswith(name + " "):
                values[name] = int(float(line.split()[1]))
    # This request's own connection is open while /metrics is rendered: do not count it.
    print(values.get("lede_http_open_connections", -1) - 1, values.get("lede_http_requests_in_flight", -1) - 1)


def probe(out, phase_file, stop_file):
    """Every 100 ms: GET /healthz on a fresh connection; one line per probe: phase, ms (or -1 on failure)."""
    with open(out, "w") as log:
        end = time.monotonic() + 900  # hard bound even if the stop file never appears
        while not os.path.exists(stop_file) and time.monotonic() < end:
            try:
                phase = open(phase_file).read().strip()
            except OSError:
                phase = "?"
            start = time.monotonic()
            try:
                s = connect(timeout=2.0)
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n")
                answer = read_response(s, start + 2.0)
                s.close()
                ms = (time.monotonic() - start) * 1000 if answer and answer[0] == 200 else -1
            except OSError:
                ms = -1
            log.write(f"{phase} {ms:.2f}\n")
            log.flush()
            time.sleep(max(0.0, 0.1 - (time.monotonic() - start)))


def idle(count, seconds):
    """Opens COUNT connections that send nothing and holds them; reports how many the server kept."""
    sockets = []
    for _ in range(count):
        try:
            sockets.append(connect())
        except OSError as error:
            print(f"idle: connect failed after {len(sockets)}: {error}")
            break
    print(f"idle: {len(sockets)} connections open, holding {seconds}s")
    time.sleep(seconds)
    closed = 0
    for s in sockets:
        s.setblocking(False)
        try:
            if s.recv(1) == b"":
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        s.close()
    print(f"idle: {closed} of {len(sockets)} closed by the server (idle timeout) after {seconds}s")


def disconnect(count):
    """Clients that vanish mid-request (head, body) and mid-response (before or while reading, with RST)."""
    body = ARTICLE
    full = (b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)) + body
    kinds = {"mid-head": 0, "mid-body": 0, "before-response": 0, "mid-response-rst": 0, "errors": 0}
    deadline = time.monotonic() + 60
    for i in range(count):
        if time.monotonic() > deadline:
            break
        kind = list(kinds)[i % 4]
        try:
            s = connect()
            if kind == "mid-head":
                s.sendall(full[: random.randint(1, 60)])
            elif kind == "mid-body":
                s.sendall(full[: len(full) - random.randint(1, len(body) - 1)])
            elif kind == "before-response":
                s.sendall(full)
            else:
                # A large response (a batch of analyses), one read, then RST instead of FIN.
                lines = b"".join(b'{"id":%d,"text":"Munich: NATO urged more talks, Angela Merkel said."}\n' % n for n in range(200))
                s.sendall(b"POST /v1/analyze/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                          b"Content-Length: %d\r\n\r\n" % len(lines) + lines)
                s.recv(1024)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()
            kinds[kind] += 1
        except OSError:
            kinds["errors"] += 1
    print("disconnect: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))


def pipeline(connections, requests):
    """REQUESTS pipelined GET /healthz spread over CONNECTIONS, every response read and counted."""
    per = requests // connections
    results = [0] * connections

    def run(index):
        try:
            s = connect(timeout=30)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: flood\r\n\r\n" * per)
            deadline = time.monotonic() + 60
            data = b""
            while data.count(b"HTTP/1.1 200 ") < per and time.monotonic() < deadline:
                chunk = s.recv(1 << 20)
                if not chunk:
                    break
                data += chunk
            results[index] = data.count(b"HTTP/1.1 200 ")
            s.close()
        except OSError as error:
            print(f"pipeline: connection {index}: {error}")

    start = time.monotonic()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(connections)]
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.monotonic() - start
    print(f"pipeline: {sum(results)} of {per * connections} answered 200 in {elapsed:.2f}s ({sum(results) / elapsed:.0f} req/s)")


def oversized():
    """Bodies over the limit: by Content-Length, chunked, and gzip bombs; each must be a 413."""
    def send(name, head, body):
        try:
            s = connect(timeout=10)
            s.sendall(head)
            try:
                s.sendall(body)
            except OSError:
                pass  # the server may answer and close before reading it all
            answer = read_response(s, time.monotonic() + 10)
            s.close()
            return answer[0] if answer else "no answer"
        except OSError as error:
            return f"error {error}"

    results = {}
    big = b"a" * (2 << 20)
    results["content-length 2 MiB"] = send("cl", b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                                           b"Content-Length: %d\r\n\r\n" % len(big), big)
    chunk = b"%x\r\n" % 65536 + b"a" * 65536 + b"\r\n"
    results["chunked 2 MiB"] = send("chunked", b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                                    b"Transfer-Encoding: chunked\r\n\r\n", chunk * 32 + b"0\r\n\r\n")
    # 1 GiB of zeros in about 1 MiB: a gzip bomb, streamed through zlib so it is never in memory here.
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zero = b"\0" * (1 << 20)
    bomb = b"".join(compressor.compress(zero) for _ in range(1024)) + compressor.flush()
    for route, ctype in (("/v1/analyze", "text/plain"), ("/v1/analyze/batch", "application/x-ndjson")):
        results[f"gzip bomb 1 GiB -> {len(bomb) >> 10} KiB {route}"] = send(
            "bomb", b"POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: %d\r\n\r\n" % (route.encode(), ctype.encode(), len(bomb)), bomb)
    small = gzip.compress(b"\0" * (16 << 20))
    for i in range(20):
        results.setdefault("gzip bomb 16 MiB x20", set()).add(send(
            "bomb16", b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: %d\r\n\r\n" % len(small), small))
    for name, status in results.items():
        print(f"oversized: {name}: {status}")


if __name__ == "__main__":
    command, args = sys.argv[2], sys.argv[3:]
    if command == "probe": probe(*args)
    elif command == "idle": idle(int(args[0]), float(args[1]))
    elif command == "disconnect": disconnect(int(args[0]))
    elif command == "pipeline": pipeline(int(args[0]), int(args[1]))
    elif command == "oversized": oversized()
    elif command == "empty-batch": empty_batch(int(args[0]))
    elif command == "broken-gzip-batch": broken_gzip_batch(int(args[0]))
    elif command == "slow-empty-batch": slow_empty_batch(int(args[0]), float(args[1]))
    elif command == "gauges": gauges()
