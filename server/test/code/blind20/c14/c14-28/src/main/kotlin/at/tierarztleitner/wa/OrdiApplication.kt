package at.tierarztleitner.wa

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class OrdiApplication

fun main(args: Array<String>) {
    runApplication<OrdiApplication>(*args)
}
