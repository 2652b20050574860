#!/bin/sh
# Installs the Accord bundle for the current user (no root): copies the program folder,
# adds Accord to the applications menu, registers *.accord files (application/x-accord-project)
# and makes Accord their default program.
#
#   packaging/linux/install.sh [BUNDLE]        BUNDLE: the built folder, default dist/Accord
#   Accord/install.sh                          from an unpacked release (install.sh is in it)
#   packaging/linux/install.sh --uninstall
#
# Where things go (XDG base directories):
#   program     ${ACCORD_INSTALL_DIR:-~/.local/opt/accord}/Accord
#   menu entry  ${XDG_DATA_HOME:-~/.local/share}/applications/accord.desktop
#   file type   ${XDG_DATA_HOME:-~/.local/share}/mime/packages/accord-mime.xml
#   icons       ${XDG_DATA_HOME:-~/.local/share}/icons/hicolor/<size>/{apps,mimetypes}/
#   default     ${XDG_CONFIG_HOME:-~/.config}/mimeapps.list
# Uses xdg-utils (xdg-mime, xdg-desktop-menu, xdg-icon-resource) when installed, plain file
# copies and update-mime-database otherwise. Your projects, settings and logs are not touched.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=${ACCORD_INSTALL_DIR:-$HOME/.local/opt/accord}
SIZES="16 32 48 64 128 256 512"
MIME_TYPE=application/x-accord-project

have() { command -v "$1" >/dev/null 2>&1; }
say() { printf '%s\n' "$*"; }

uninstall() {
    if have xdg-desktop-menu; then
        xdg-desktop-menu uninstall --mode user accord.desktop || true
    else
        rm -f "$DATA_HOME/applications/accord.desktop"
    fi
    if have xdg-mime; then
        xdg-mime uninstall --mode user "$HERE/accord-mime.xml" || true
    else
        rm -f "$DATA_HOME/mime/packages/accord-mime.xml"
        ! have update-mime-database || update-mime-database "$DATA_HOME/mime"
    fi
    MIME_ICON=$(echo $MIME_TYPE | tr / -)
    for size in $SIZES; do
        if have xdg-icon-resource; then
            xdg-icon-resource uninstall --mode user --noupdate --context apps --size "$size" accord || true
            xdg-icon-resource uninstall --mode user --noupdate --context mimetypes --size "$size" \
                "$MIME_ICON" || true
        fi
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/accord.png" \
              "$DATA_HOME/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
    done
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/accord.svg"
    ! have xdg-icon-resource || xdg-icon-resource forceupdate --mode user || true
    for list in "${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list" "$DATA_HOME/applications/defaults.list"; do
        if [ -f "$list" ]; then
            sed -i "\|^$MIME_TYPE=accord.desktop;*\$|d" "$list"
        fi
    done
    if [ -x "$APP_DIR/Accord" ] && [ -d "$APP_DIR/_internal" ]; then
        rm -rf "$APP_DIR"
    fi
    say "Accord removed (projects, settings and logs are kept)."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

# The bundle: the argument, else the folder this script is in (a release), else dist/Accord.
if [ $# -ge 1 ]; then
    BUNDLE=$1
elif [ -x "$HERE/Accord" ] && [ -d "$HERE/_internal" ]; then
    BUNDLE=$HERE
else
    BUNDLE=$(cd "$HERE/../.." && pwd)/dist/Accord
fi
if [ ! -x "$BUNDLE/Accord" ] || [ ! -d "$BUNDLE/_internal" ]; then
    say "No Accord bundle in $BUNDLE (build it: pyinstaller --noconfirm packaging/accord.spec)" >&2
    exit 1
fi
BUNDLE=$(cd "$BUNDLE" && pwd)
ICONS=$BUNDLE/_internal/resources/icons

# 1. The program folder (replaced as a whole, so no files of an older version linger).
if [ "$BUNDLE" != "$(mkdir -p "$APP_DIR" && cd "$APP_DIR" && pwd)" ]; then
    rm -rf "$APP_DIR.new"
    cp -a "$BUNDLE" "$APP_DIR.new"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"
fi
EXE=$APP_DIR/Accord

# 2. Icons: the app's and the project files' (same picture), PNG at every size plus the SVG.
MIME_ICON=$(echo $MIME_TYPE | tr / -)
for size in $SIZES; do
    if have xdg-icon-resource; then
        xdg-icon-resource install --mode user --noupdate --novendor --context apps \
            --size "$size" "$ICONS/accord-$size.png" accord
        xdg-icon-resource install --mode user --noupdate --novendor --context mimetypes \
            --size "$size" "$ICONS/accord-$size.png" "$MIME_ICON"
    else
        for context in apps mimetypes; do
            mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/$context"
        done
        cp "$ICONS/accord-$size.png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/accord.png"
        cp "$ICONS/accord-$size.png" "$DATA_HOME/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
    fi
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$ICONS/accord.svg" "$DATA_HOME/icons/hicolor/scalable/apps/accord.svg"
if have xdg-icon-resource; then
    xdg-icon-resource forceupdate --mode user
fi

# 3. The file type: *.accord is application/x-accord-project.
if have xdg-mime; then
    xdg-mime install --mode user "$HERE/accord-mime.xml"
else
    mkdir -p "$DATA_HOME/mime/packages"
    cp "$HERE/accord-mime.xml" "$DATA_HOME/mime/packages/accord-mime.xml"
    if have update-mime-database; then
        update-mime-database "$DATA_HOME/mime"
    else
        say "warning: update-mime-database not found; *.accord is registered after the next login" >&2
    fi
fi

# 4. The menu entry, pointing at the installed program.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
sed -e "s|^Exec=.*|Exec=\"$EXE\" %f|" -e "s|^TryExec=.*|TryExec=$EXE|" \
    "$HERE/accord.desktop" > "$TMP/accord.desktop"
if have xdg-desktop-menu; then
    xdg-desktop-menu install --mode user --novendor "$TMP/accord.desktop"
else
    mkdir -p "$DATA_HOME/applications"
    cp "$TMP/accord.desktop" "$DATA_HOME/applications/accord.desktop"
    ! have update-desktop-database || update-desktop-database "$DATA_HOME/applications"
fi

# 5. Accord opens *.accord files when they are double-clicked.
if have xdg-mime; then
    xdg-mime default accord.desktop "$MIME_TYPE"
fi

say "Accord installed: $EXE"
say "It is in the applications menu; double-clicking a .accord file opens it."
