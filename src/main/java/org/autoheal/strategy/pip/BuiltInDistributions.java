package org.autoheal.strategy.pip;

import java.util.Map;

/**
 * Import names whose PyPI distribution has a different name. Only mismatches are
 * listed: a name that equals its distribution (after PEP 503 normalisation) needs
 * no entry. Dotted keys serve namespace packages and modules inside a package.
 */
final class BuiltInDistributions {
    private BuiltInDistributions() {}

    static final Map<String, String> MAP = Map.ofEntries(
            // data, science, imaging
            Map.entry("yaml", "PyYAML"),
            Map.entry("cv2", "opencv-python"),
            Map.entry("PIL", "Pillow"),
            Map.entry("sklearn", "scikit-learn"),
            Map.entry("skimage", "scikit-image"),
            Map.entry("mpl_toolkits", "matplotlib"),
            Map.entry("fitz", "PyMuPDF"),
            Map.entry("Bio", "biopython"),
            Map.entry("umap", "umap-learn"),
            Map.entry("faiss", "faiss-cpu"),
            Map.entry("Levenshtein", "python-Levenshtein"),
            Map.entry("snappy", "python-snappy"),
            Map.entry("OpenGL", "PyOpenGL"),
            Map.entry("cairo", "pycairo"),
            Map.entry("wx", "wxPython"),
            // documents, text, web
            Map.entry("bs4", "beautifulsoup4"),
            Map.entry("docx", "python-docx"),
            Map.entry("pptx", "python-pptx"),
            Map.entry("slugify", "python-slugify"),
            Map.entry("multipart", "python-multipart"),
            Map.entry("markdown", "Markdown"),
            Map.entry("dateutil", "python-dateutil"),
            Map.entry("dotenv", "python-dotenv"),
            Map.entry("magic", "python-magic"),
            Map.entry("websocket", "websocket-client"),
            Map.entry("socketio", "python-socketio"),
            Map.entry("engineio", "python-engineio"),
            Map.entry("telegram", "python-telegram-bot"),
            Map.entry("git", "GitPython"),
            Map.entry("github", "PyGithub"),
            Map.entry("ruamel.yaml", "ruamel.yaml"),
            Map.entry("attr", "attrs"),
            Map.entry("pkg_resources", "setuptools"),
            // crypto, networking, databases
            Map.entry("jwt", "PyJWT"),
            Map.entry("jose", "python-jose"),
            Map.entry("Crypto", "pycryptodome"),
            Map.entry("Cryptodome", "pycryptodomex"),
            Map.entry("OpenSSL", "pyOpenSSL"),
            Map.entry("nacl", "PyNaCl"),
            Map.entry("socks", "PySocks"),
            Map.entry("dns", "dnspython"),
            Map.entry("zmq", "pyzmq"),
            Map.entry("kafka", "kafka-python"),
            Map.entry("ldap", "python-ldap"),
            Map.entry("memcache", "python-memcached"),
            Map.entry("MySQLdb", "mysqlclient"),
            Map.entry("psycopg2", "psycopg2"),
            // hardware and platform
            Map.entry("serial", "pyserial"),
            Map.entry("usb", "pyusb"),
            Map.entry("Xlib", "python-xlib"),
            Map.entry("gi", "PyGObject"),
            Map.entry("win32api", "pywin32"),
            Map.entry("win32con", "pywin32"),
            Map.entry("win32com", "pywin32"),
            Map.entry("pythoncom", "pywin32"),
            // namespace packages
            Map.entry("google.protobuf", "protobuf"),
            Map.entry("google.auth", "google-auth"),
            Map.entry("google.oauth2", "google-auth"),
            Map.entry("google.api_core", "google-api-core"),
            Map.entry("google.cloud.storage", "google-cloud-storage"),
            Map.entry("google.generativeai", "google-generativeai"),
            Map.entry("googleapiclient", "google-api-python-client"),
            Map.entry("azure.identity", "azure-identity"),
            Map.entry("azure.storage.blob", "azure-storage-blob"));
}
