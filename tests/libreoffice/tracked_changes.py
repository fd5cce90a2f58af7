"""Opens a Word document in LibreOffice, as a person at the commissioner's office would, and
prints what it holds: the number of tracked changes, then its text with every change accepted,
then with every change rejected (each as a JSON string on a line of its own).

Usage: /usr/bin/python3 tracked_changes.py DOCUMENT.docx
Needs LibreOffice Writer and its Python bridge (Debian: libreoffice-writer-nogui, python3-uno).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    found = PropertyValue()
    found.Name = name
    found.Value = value
    return found


def main(path):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = f"response-drafter-{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 60
        while True:
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.monotonic() > deadline or office.poll() is not None:
                    raise SystemExit("LibreOffice did not start")
                time.sleep(0.2)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        url = uno.systemPathToFileUrl(os.path.abspath(path))

        def read(command):
            document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            try:
                changes = document.getRedlines().getCount()
                frame = document.getCurrentController().getFrame()
                dispatcher.executeDispatch(frame, command, "", 0, ())
                return changes, document.getText().getString()
            finally:
                document.close(True)

        changes, accepted = read(".uno:AcceptAllTrackedChanges")
        _, rejected = read(".uno:RejectAllTrackedChanges")
        print(changes)
        print(json.dumps(accepted))
        print(json.dumps(rejected))
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
