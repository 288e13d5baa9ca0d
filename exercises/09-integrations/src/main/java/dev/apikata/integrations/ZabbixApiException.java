package dev.apikata.integrations;

/**
 * A JSON-RPC error object from the Zabbix API: {@code {"code": -32602, "message": "Invalid params.",
 * "data": "Incorrect user name or password or account is temporarily blocked."}}. Zabbix sends it
 * with HTTP status 200.
 */
public class ZabbixApiException extends RuntimeException {

    private final int code;
    private final String data;

    public ZabbixApiException(int code, String message, String data) {
        super("Zabbix API error " + code + ": " + message + " " + data);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    public String data() {
        return data;
    }
}
