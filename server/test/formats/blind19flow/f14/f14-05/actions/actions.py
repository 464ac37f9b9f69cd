from rasa_sdk import Action


class ActionBlockCard(Action):
    def name(self):
        return "action_block_card"

    def run(self, dispatcher, tracker, domain):
        # calls core banking card service
        return []


class ActionCheckBalance(Action):
    def name(self):
        return "action_check_balance"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text="Saldo Kakak bisa dilihat setelah verifikasi di aplikasi BND.")
        return []
