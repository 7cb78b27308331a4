# Installing Tandem, and its .deb: both programs, the menu entry, icons in the hicolor theme (the SVG, and PNGs
# made from it at build time when rsvg-convert is there) and the AppStream metainfo that software centres read.
# `scripts/package` builds tandem_<version>_amd64.deb with CPack; its library dependencies come from dpkg-shlibdeps.
include(GNUInstallDirs)

set(TANDEM_APP_ID app.tandem.Tandem)
set(TANDEM_LINUX_DIR ${PROJECT_SOURCE_DIR}/resources/linux)

install(TARGETS tandem tandem-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${TANDEM_LINUX_DIR}/${TANDEM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TANDEM_LINUX_DIR}/${TANDEM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${TANDEM_LINUX_DIR}/${TANDEM_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/server/tandem-serve.service
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tandem/examples OPTIONAL)

find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(icons)
    foreach(size 16 24 32 48 64 128 256)
        set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/${TANDEM_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${TANDEM_LINUX_DIR}/${TANDEM_APP_ID}.svg
            DEPENDS ${TANDEM_LINUX_DIR}/${TANDEM_APP_ID}.svg
            COMMENT "Icon ${size}x${size}")
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND icons ${png})
    endforeach()
    add_custom_target(tandem-icons ALL DEPENDS ${icons})
else()
    message(STATUS "rsvg-convert not found: only the SVG icon is installed (scripts/package installs librsvg2-bin)")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tandem)
set(CPACK_PACKAGE_VENDOR "Tandem")
set(CPACK_PACKAGE_CONTACT "Tandem <hello@tandem.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Tandem sets up WhatsApp sending through Twilio or Meta's Cloud API, explains \
the difference, lets the owner switch, and sends broadcasts that arrive once, at the right pace, with every \
failure explained. tandem-cli does the same from a terminal and runs headless on a server.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: SQLite storage and the window system.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "openssl")
include(CPack)
