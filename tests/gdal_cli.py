"""GDAL's own command-line client (Debian's gdal-bin, as QGIS and analysts have it), for tests."""

import subprocess


def ogrinfo(*args):
    """Run `ogrinfo ARGS` and return what it prints; fail the test when it fails."""
    done = subprocess.run(["ogrinfo", *map(str, args)], capture_output=True, text=True, timeout=120,
                          check=False, env={"PATH": "/usr/bin:/bin", "GDAL_HTTP_TIMEOUT": "30"})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
