"""Settings: the flags and environment variables of the target design exist,
with sane defaults, as `talent-trends-api --help` shows them.

This is how the suite checks the DEFAULTS that are too slow to measure in a
three-minute run (a 30 s idle timeout, a 5 s shutdown delay).
"""

from lib import SETTING_ENV, Binary, Result
import thresholds as T


def _int(value):
    try:
        return int(str(value).strip().strip('"'))
    except (TypeError, ValueError):
        return None


def run(binary: Binary) -> list[Result]:
    res = Result("settings", "flags and defaults in --help")
    expected = {
        # flag: (expected default or a predicate, description)
        "max-connections": (T.DEFAULT_MAX_CONNECTIONS, "connection cap"),
        "max-connections-per-client": (T.DEFAULT_MAX_CONNECTIONS_PER_CLIENT, "connection cap per client"),
        "header-read-timeout": (T.DEFAULT_HEADER_READ_TIMEOUT_S, "header/first-byte timeout, s"),
        "idle-timeout": (lambda d: d is not None and T.IDLE_TIMEOUT_DEFAULT_RANGE_S[0] <= d <= T.IDLE_TIMEOUT_DEFAULT_RANGE_S[1],
                         f"idle keep-alive timeout in {T.IDLE_TIMEOUT_DEFAULT_RANGE_S} s (30 expected)"),
        "rate-limit": (T.DEFAULT_RATE_LIMIT, "rate limit on by default, per second per client"),
        "rate-limit-burst": (T.DEFAULT_RATE_LIMIT_BURST, "burst"),
        "trusted-proxies": ("", "trusted proxy CIDRs, empty by default"),
        "shutdown-delay": (T.DEFAULT_SHUTDOWN_DELAY_S, "SIGTERM delay before draining, s"),
        "shutdown-grace": (lambda d: d is not None and d >= 1, "grace period, s"),
    }
    for flag, (want, what) in expected.items():
        f = binary.flags.get(flag)
        env = SETTING_ENV[flag]
        res.num(f"--{flag}", None if f is None else {"env": f.env, "default": f.default})
        if f is None:
            res.check(f"--{flag} exists", False, "absent", f"--{flag} ({what})",
                      f"--{flag} is not in --help ({what}); the suite passes {env} instead, which this binary ignores")
            continue
        res.eq(f"--{flag} env var", f.env, env, what=f"--{flag} environment variable")
        if callable(want):
            d = _int(f.default)
            res.check(f"--{flag} default", want(d), f.default, what, f"--{flag} default {f.default!r}: expected {what}")
        elif want == "":
            empty = f.default in (None, "", '""')
            res.check(f"--{flag} default", empty, f.default if f.default is not None else "(none)", "empty",
                      f"--{flag} default {f.default!r}: expected empty (no proxy trusted unless configured)")
        else:
            res.eq(f"--{flag} default", _int(f.default), want, what=f"--{flag} default ({what})")
    legacy = binary.flags.get("trust-forwarded-for")
    res.num("--trust-forwarded-for (today's all-or-nothing trust)", "present" if legacy else "absent")
    if legacy:
        res.notes.append("--trust-forwarded-for still exists; with --trusted-proxies it should go or be an alias.")
    return [res]
