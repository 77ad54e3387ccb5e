#!/usr/bin/env python3
"""Hostile clients for bench/hostile.sh, each bounded in time and count, loopback only.

Usage: hostile.py PORT probe OUT PHASEFILE STOPFILE | idle N SECONDS | disconnect N |
       pipeline CONNECTIONS REQUESTS | oversized
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
