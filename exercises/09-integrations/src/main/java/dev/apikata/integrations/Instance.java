package dev.apikata.integrations;

/** One virtual machine of any cloud, in one shape: the cloud's name, the machine's name, its region, its state in lower case. */
public record Instance(String cloud, String name, String region, String state) {
}
